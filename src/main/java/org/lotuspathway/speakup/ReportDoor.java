package org.lotuspathway.speakup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lotuspathway.process.InvalidSubmission;
import org.springframework.stereotype.Component;

/**
 * Where a report sent from outside comes in, by the web form or the API, in one order: a try counted
 * before anything is read ({@link #knock}); the answers checked; only then the report's place taken
 * and the report received, so an invalid one never uses up a client's reports.
 */
@Component
class ReportDoor {

    private final SpeakUpLimits limits;
    private final SpeakUpIntake intake;

    ReportDoor(SpeakUpLimits limits, SpeakUpIntake intake) {
        this.limits = limits;
        this.intake = intake;
    }

    /** A try at sending a report, counted; 429 when the client has had too many, or sent too many reports. */
    void knock(String client) {
        limits.beforeReport(client);
    }

    /** Received, or refused with every problem: {@code problemsSoFar} (reading the request) and the answers'. */
    SpeakUpIntake.Received receive(String client, NewReport report, Map<String, String> problemsSoFar) {
        Map<String, String> problems = new LinkedHashMap<>(problemsSoFar);
        intake.problems(report).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        limits.receiving(client);
        return intake.raise(report);
    }
}
