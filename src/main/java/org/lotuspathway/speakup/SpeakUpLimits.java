package org.lotuspathway.speakup;

import java.time.Duration;

import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.ClientAllowance;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Per client: so many reports an hour, so many tries at an access code an hour; beyond that, 429. */
@Component
@EnableConfigurationProperties(SpeakUpSettings.class)
class SpeakUpLimits {

    private final ClientAllowance reports;
    private final ClientAllowance followUps;

    SpeakUpLimits(SpeakUpSettings settings, PathwayClock clock) {
        this.reports = new ClientAllowance(settings.reportsPerHour(), Duration.ofHours(1), clock);
        this.followUps = new ClientAllowance(settings.followUpsPerHour(), Duration.ofHours(1), clock);
    }

    void report(String client) {
        if (!reports.take(client)) {
            throw new TooManyRequests("You have sent " + reports.allowed() + " reports in the last hour. "
                    + "Please wait an hour and try again. If someone is in danger now, call 999.");
        }
    }

    void followUp(String client) {
        if (!followUps.take(client)) {
            throw new TooManyRequests("You have tried " + followUps.allowed() + " times in the last hour. "
                    + "Please wait an hour and try again.");
        }
    }

    /** Answered 429, with the message. */
    static class TooManyRequests extends RuntimeException {
        TooManyRequests(String message) {
            super(message);
        }
    }
}
