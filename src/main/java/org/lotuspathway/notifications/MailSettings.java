package org.lotuspathway.notifications;

import java.time.Duration;

import org.lotuspathway.common.Retries;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends ({@code lotus.mail.*}). Where it sends is Spring Boot's {@code spring.mail.*}:
 * without {@code spring.mail.host} nothing is sent and emails wait in the outbox.
 *
 * @param from the From address
 * @param sendOnSchedule whether a sender polls the outbox (tests turn it off and send by hand)
 * @param pollInterval how long the sender rests between rounds
 * @param retryBackoff the wait after the first failed attempt, doubled after each further one
 * @param retryBackoffMax the longest wait between attempts
 * @param maxAttempts attempts before an email is FAILED and waits for an administrator
 * @param lease how long a sender holds an email it has claimed; longer than an SMTP exchange can take
 * @param batchSize how many due emails a sender looks up at a time
 */
@ConfigurationProperties("lotus.mail")
record MailSettings(
        @DefaultValue("Lotus Pathway <no-reply@lotuspathway.example>") String from,
        @DefaultValue("true") boolean sendOnSchedule,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT1M") Duration retryBackoff,
        @DefaultValue("PT1H") Duration retryBackoffMax,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("100") int batchSize) {

    MailSettings {
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("lotus.mail.max-attempts and lotus.mail.batch-size must be at least 1");
        }
        if (!isPositive(pollInterval) || !isPositive(retryBackoff) || !isPositive(lease)
                || retryBackoffMax == null || retryBackoffMax.compareTo(retryBackoff) < 0) {
            throw new IllegalArgumentException("lotus.mail.poll-interval, retry-backoff and lease must be positive, "
                    + "and retry-backoff-max at least retry-backoff");
        }
    }

    /** The wait before the next attempt, after {@code failedAttempts} failed ones: 1, 2, 4, 8... times the base. */
    Duration backoffAfter(int failedAttempts) {
        return new Retries(retryBackoff, retryBackoffMax).waitAfter(failedAttempts);
    }

    private static boolean isPositive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
