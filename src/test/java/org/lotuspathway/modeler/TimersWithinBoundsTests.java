package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which timers pass, read from their text alone, with the shortest interval set to ten minutes. */
class TimersWithinBoundsTests {

    private final TimersWithinBounds tenMinutes = new TimersWithinBounds(Duration.ofMinutes(10));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "timeDuration | PT10M", "timeDuration | P1D", "timeDuration | P2W", "timeDuration | P1M", "timeDuration | PT600S",
            "timeDuration | ${deadlines.days(28)}", "timeDuration | ${reminderAfter}",
            "timeDate | 2026-04-01T09:00:00Z", "timeDate | 2026-04-01", "timeDate | ${updateDue}",
            "timeDate | ${checkInSchedule.dueDate()}", "timeDate | #{deadlines.forPanel(riskBand)}",
            "timeCycle | R3/PT10M", "timeCycle | R12/2026-04-01T09:00/P1M", "timeCycle | R2/P1D/2026-05-01T00:00",
            "timeCycle | ${checkInSchedule.cycle}"})
    void aTimerWithinBoundsPasses(String kind, String when) {
        assertThat(problemsWith(kind, when)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "timeDuration | PT9M59S | shortest interval allowed, PT10M",
            "timeDuration | PT599.5S | shortest interval allowed, PT10M",
            "timeDuration | PT0.5H | must be an ISO 8601 duration",
            "timeDuration | P | must be an ISO 8601 duration",
            "timeDuration | PT | must be an ISO 8601 duration",
            "timeDuration | -P1D | must be an ISO 8601 duration",
            "timeDuration | P1W2D | must be an ISO 8601 duration",
            "timeDuration | ${deadlines.days(1) + x} | must be an ISO 8601 duration",
            "timeDate | tomorrow | must be an ISO 8601 date",
            "timeDate | ${execution.processBusinessKey.length()} | must be an ISO 8601 date",
            "timeCycle | R/PT1H | repeats for ever",
            "timeCycle | R3/PT1M | shortest interval allowed, PT10M",
            "timeCycle | R3/2026-04-01T09:00/PT1M | shortest interval allowed, PT10M",
            "timeCycle | R3/2026-04-01T09:00/2026-04-01T10:00 | must be R<times>/<interval>",
            "timeCycle | 0 0/5 * * * ? | must be a counted ISO 8601 cycle",
            "timeCycle | ${checkInSchedule.dueDate()} | must be a counted ISO 8601 cycle",
            "timeCycle | ${everyMinute} | must be a counted ISO 8601 cycle"})
    void aTimerOutOfBoundsIsRefusedSayingWhy(String kind, String when, String reason) {
        assertThat(problemsWith(kind, when)).singleElement().satisfies(problem -> {
            assertThat(problem.elementId()).isEqualTo("Step_1");
            assertThat(problem.message()).contains(reason);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"R3/PT10M | ", "R/PT10M | repeats for ever", "R3/PT1M | shortest interval allowed"})
    void aFailedJobsRetryCycleIsBoundedToo(String cycle, String reason) {
        String xml = HostileModels.lookingTask("retrying", "<camunda:failedJobRetryTimeCycle>" + cycle + "</camunda:failedJobRetryTimeCycle>");
        List<Problem> problems = check(xml);

        if (reason == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message()).contains(reason));
        }
    }

    private List<Problem> problemsWith(String kind, String when) {
        return check(HostileModels.waitingFor("timers", kind, when));
    }

    private List<Problem> check(String xml) {
        List<Problem> problems = new ArrayList<>();
        ModelSet models = ModelSet.read(List.of(new ModelFile("processes/timers.bpmn", xml)), problems);
        tenMinutes.check(models, problems);
        return problems;
    }
}
