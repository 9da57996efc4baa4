package org.lotuspathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pathway's deadlines on the days that catch calendars out: each test starts at an instant of
 * its own, checks the exact due instant, and that nothing is escalated a minute before it.
 */
@PathwayTest
class PathwayDeadlinesTests {

    @Autowired
    PathwayDriver driver;
    @Autowired
    ManagementService management;
    @Autowired
    MockMvc mvc;

    @Test
    void aCheckInDueOnTheFridayBeforeTheAugustBankHolidayIsMissedOnlyAfterTheWednesday() {
        TestClock.stopAt(uk("2026-08-14T16:30"));
        String key = driver.raise();

        clockAt("2026-08-28T16:31"); // the first check-in falls due, Monday 31 August is a bank holiday
        assertThat(driver.task(key, ConcernPathway.TASK_CHECK_IN).getDueDate()).isEqualTo(at("2026-09-02T17:00"));

        clockAt("2026-09-02T16:59");
        assertThat(driver.openTasks(key)).extracting("taskDefinitionKey")
                .doesNotContain(ConcernPathway.TASK_FOLLOW_UP_MISSED_CHECK_IN);

        clockAt("2026-09-02T17:01");
        assertThat(driver.task(key, ConcernPathway.TASK_FOLLOW_UP_MISSED_CHECK_IN).getDueDate())
                .as("the Responsible Officer follows up within a working day").isEqualTo(at("2026-09-03T17:00"));
        assertThat(driver.task(key, ConcernPathway.TASK_CHECK_IN)).as("the check-in stays open").isNotNull();
    }

    @Test
    void anUpdateAfterAPanelTwoDaysBeforeChristmasIsDueOnNewYearsEveAndLateOnlyAfterIt() throws Exception {
        TestClock.stopAt(uk("2026-12-22T11:00"));
        String key = atThePanel(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.panelDecides(key, "MONITOR");

        Job lateUpdate = management.createJobQuery().processInstanceId(driver.pathway(key).getId())
                .activityId(ConcernPathway.BOUNDARY_UPDATE_LATE).singleResult();
        assertThat(lateUpdate.getDuedate()).isEqualTo(at("2026-12-31T17:00"));
        assertThat(driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getDueDate())
                .isEqualTo(at("2026-12-31T17:00"));
        assertThat(html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andExpect(status().isOk()).andReturn())
                .text()).contains("due Thursday 31 December 2026");
        assertThat(html(mvc.perform(get("/portal/cases/{key}", key).with(practitioner())).andExpect(status().isOk())
                .andReturn()).text()).contains("We expect the next step by Thursday 31 December 2026");

        clockAt("2026-12-24T10:00");
        clockAt("2026-12-31T16:59");
        assertThat(driver.openTasks(key)).extracting("taskDefinitionKey")
                .doesNotContain(ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE);

        clockAt("2026-12-31T17:01");
        assertThat(driver.task(key, ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE).getDueDate())
                .as("New Year's Day and the weekend skipped").isEqualTo(at("2027-01-04T17:00"));
    }

    @Test
    void aCaseRaisedOnASaturdayIsTriagedByTuesdayAndItsPanelMovesOffTheWeekend() {
        TestClock.stopAt(uk("2026-11-21T10:00"));
        String key = driver.raise();
        assertThat(driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getDueDate()).isEqualTo(at("2026-11-24T17:00"));

        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        assertThat(driver.task(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION).getDueDate())
                .as("four weeks on is Saturday 19 December").isEqualTo(at("2026-12-21T17:00"));
    }

    @Test
    void anUrgentPanelTriagedOnNewYearsEveIsDueTheNextFriday() {
        TestClock.stopAt(uk("2026-12-31T16:59"));
        String key = driver.raise();
        driver.triageAs(key, 5, 4);
        assertThat(driver.task(key, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION).getDueDate())
                .isEqualTo(at("2027-01-04T17:00"));

        driver.complete(key, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION, "interim-action", "ro",
                Map.of("interimAction", "SUSPENSION"));
        assertThat(driver.task(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION).getDueDate())
                .isEqualTo(at("2027-01-08T17:00"));
    }

    @Test
    void aCheckInStartedBeforeTheClocksGoForwardIsDueAtFivePmSummerTime() {
        TestClock.stopAt(uk("2026-03-13T16:59"));
        String key = driver.raise();

        clockAt("2026-03-27T17:00"); // a Friday; the clocks go forward on Sunday 29 March
        assertThat(driver.task(key, ConcernPathway.TASK_CHECK_IN).getDueDate())
                .isEqualTo(Date.from(Instant.parse("2026-03-31T16:00:00Z")));
    }

    private String atThePanel(org.lotuspathway.concern.NewConcern concern) {
        String key = driver.raise(concern);
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        return key;
    }

    /** The clock stands at that UK time, and every job due by then has run, as the job executor would. */
    private void clockAt(String ukLocalDateTime) {
        TestClock.stopAt(uk(ukLocalDateTime));
        driver.runDueJobs();
    }

    private static Instant uk(String ukLocalDateTime) {
        return TestClock.uk(ukLocalDateTime);
    }

    private static Date at(String ukLocalDateTime) {
        return Date.from(uk(ukLocalDateTime));
    }
}
