package org.lotuspathway.speakup;

import java.time.Duration;

import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.ClientAllowance;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Per client: so many reports received an hour, and ten times as many tries at sending one (a form
 * sent back to be put right is a try, not a report: a report's place is taken only once its answers
 * pass); so many tries at an access code an hour;
 * beyond that, 429.
 */
@Component
@EnableConfigurationProperties(SpeakUpSettings.class)
class SpeakUpLimits {

    static final int TRIES_PER_REPORT = 10;
    private static final String WAIT = "Please wait an hour and try again. If someone is in danger now, call 999.";

    private final ClientAllowance reports;
    private final ClientAllowance tries;
    private final ClientAllowance followUps;

    SpeakUpLimits(SpeakUpSettings settings, PathwayClock clock) {
        this.reports = new ClientAllowance(settings.reportsPerHour(), Duration.ofHours(1), clock);
        this.tries = new ClientAllowance(settings.reportsPerHour() * TRIES_PER_REPORT, Duration.ofHours(1), clock);
        this.followUps = new ClientAllowance(settings.followUpsPerHour(), Duration.ofHours(1), clock);
    }

    /** Before a report sent is read: a try counted, and room left for one more report. */
    void beforeReport(String client) {
        if (!tries.take(client)) {
            throw new TooManyRequests("You have tried to send a report " + tries.allowed() + " times in the last hour. " + WAIT);
        }
        if (!reports.hasRoom(client)) {
            throw tooManyReports();
        }
    }

    /**
     * A report whose answers passed is about to be received: its place is taken now, before it is
     * kept, so that reports sent at once cannot pass together.
     */
    void receiving(String client) {
        if (!reports.take(client)) {
            throw tooManyReports();
        }
    }

    private TooManyRequests tooManyReports() {
        return new TooManyRequests("You have sent " + reports.allowed() + " reports in the last hour. " + WAIT);
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
