package org.lotuspathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.panel.PanelDiscussionRepository;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Alongside the concern pathway: the practitioner's update after every panel, escalated when late,
 * and the wellbeing check-ins (every fourteen days, at once when triage flags a practitioner who
 * may be vulnerable, escalated when urgent or missed), walked with real forms, services and database.
 */
@PathwayTest
class ConcernPathwayUpdatesAndCheckInsTests {

    @Autowired
    PathwayDriver driver;
    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PanelDiscussionRepository discussions;
    @Autowired
    PractitionerUpdateRepository updates;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void afterEveryPanelThePractitionerGetsAnUpdateAndACheckIn() {
        String key = atThePanel();
        driver.panelDecides(key, "NO_FURTHER_ACTION");

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE);
        assertThat(driver.checkIns(key)).hasSize(1);
        assertThat(driver.task(key, ConcernPathway.TASK_CHECK_IN)).isNotNull();
        assertThat(driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getDueDate())
                .isEqualTo(java.util.Date.from(discussions.findByConcernOrderByRoundAsc(
                        concerns.findByBusinessKey(key).orElseThrow()).get(0).updateDue()));
    }

    @Test
    void aLateUpdateIsEscalatedToTheResponsibleOfficerAndStillHasToBeSent() {
        TestClock.stopAt(TestClock.uk("2026-11-19T15:00")); // a Thursday: due by 17:00 the next Thursday
        String key = atThePanel();
        driver.panelDecides(key, "MONITOR");

        driver.timePasses(Duration.ofDays(7).plusHours(1).plusMinutes(59));
        assertThat(driver.pathway(key)).isNotWaitingAt(ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE);

        driver.timePasses(Duration.ofMinutes(2));
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE,
                ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE);
        assertThat(driver.task(key, ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE).getAssignee()).isNull();
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("ro")
                .processInstanceBusinessKey(key).taskDefinitionKey(ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE).count())
                .isEqualTo(1);

        driver.sendUpdate(key);
        var sent = updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow());
        assertThat(sent).singleElement().satisfies(update -> assertThat(update.wasLate()).isTrue());
    }

    @Test
    void anUpdateSentInTimeIsNotEscalated() {
        String key = atThePanel();
        driver.panelDecides(key, "MONITOR");
        driver.sendUpdate(key);

        driver.timePasses(Duration.ofDays(10));
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(driver.pathway(key).getId())
                .activityId(ConcernPathway.BOUNDARY_UPDATE_LATE).count()).isZero();
        var sent = updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow());
        assertThat(sent).singleElement().satisfies(update -> assertThat(update.wasLate()).isFalse());
    }

    @Test
    void checkInsRecurEveryFourteenDaysAndStopAtClosure() {
        String key = driver.raise();
        driver.triageAs(key, 1, 2);
        assertThat(driver.checkIns(key)).isEmpty();

        driver.timePasses(Duration.ofDays(14).plusMinutes(1));
        assertThat(driver.checkIns(key)).hasSize(1);
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing", Map.of("outcome", "WELL"));
        assertThat(driver.checkIns(key)).isEmpty();

        driver.timePasses(Duration.ofDays(14));
        assertThat(driver.checkIns(key)).hasSize(1);
        assertThat(driver.timers(key)).as("the next check-in and this one's deadline").isEqualTo(2);

        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(key);

        assertThat(driver.checkIns(key)).isEmpty();
        assertThat(driver.timers(key)).isZero();
        driver.timePasses(Duration.ofDays(30));
        assertThat(driver.openTasks(key)).isEmpty();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ConcernPathway.CHECK_IN_ID)
                .processInstanceBusinessKey(key).count()).isEqualTo(2);
    }

    @Test
    void anUrgentWellbeingConcernGoesStraightToTheResponsibleOfficer() {
        String key = driver.raise();
        driver.timePasses(Duration.ofDays(14).plusMinutes(1));
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing",
                Map.of("outcome", "URGENT_CONCERN", "notes", "Said they cannot see a way through this"));

        var checkIn = driver.checkIns(key);
        assertThat(checkIn).hasSize(1);
        assertThat(checkIn.get(0)).isWaitingAt(ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN);
        assertThat(BpmnAwareTests.task(checkIn.get(0))).hasCandidateGroup("ro");
    }

    @Test
    void aWellOrNeedsSupportCheckInEndsWithoutEscalation() {
        String key = driver.raise();
        driver.timePasses(Duration.ofDays(14).plusMinutes(1));
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing",
                Map.of("outcome", "NEEDS_SUPPORT", "notes", "Finding it hard to sleep", "signposted", java.util.List.of("PRACTITIONER_HEALTH")));

        assertThat(driver.checkIns(key)).isEmpty();
        assertThat(history.createHistoricActivityInstanceQuery().activityId(ConcernPathway.END_CHECK_IN_DONE)
                .processInstanceId(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
                        .processDefinitionKey(ConcernPathway.CHECK_IN_ID).singleResult().getId()).count()).isEqualTo(1);
    }

    /**
     * Issue 16, point 6: ticking "the practitioner may be vulnerable or need support now" at triage
     * did not bring a check-in forward; the first came weeks later. Now one is open at once, due by
     * the end of the second working day, beside the case's own next step.
     */
    @Test
    void aPractitionerWhoMayBeVulnerableAtTriageGetsACheckInAtOnce() {
        TestClock.stopAt(TestClock.uk("2026-11-19T15:00")); // a Thursday
        String key = driver.raise();
        driver.complete(key, ConcernPathway.TASK_TRIAGE_CONCERN, "triage-concern", "casemanager",
                Map.of("likelihood", "3", "impact", "3", "insight", "FULL", "wellbeingConcern", true,
                        "wellbeingNotes", "Sounded very low on the phone."));

        assertThat(driver.pathway(key)).hasPassed(ConcernPathway.RULE_STRATIFY_RISK)
                .isWaitingAt(ConcernPathway.TASK_GATHER_INFORMATION, ConcernPathway.CALL_CHECK_IN_AT_TRIAGE);
        assertThat(driver.task(key, ConcernPathway.TASK_CHECK_IN).getDueDate())
                .isEqualTo(java.util.Date.from(TestClock.uk("2026-11-23T17:00")));

        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing", Map.of("outcome", "NEEDS_SUPPORT", "notes", "Would like to talk to NHS Practitioner Health."));
        assertThat(driver.pathway(key)).hasPassed("EndEvent_CheckInAtTriageDone")
                .isWaitingAt(ConcernPathway.TASK_GATHER_INFORMATION);
        assertThat(driver.openTasks(key)).extracting(t -> t.getTaskDefinitionKey())
                .containsExactly(ConcernPathway.TASK_GATHER_INFORMATION);
    }

    @Test
    void withoutTheWellbeingFlagTriageBringsNoCheckInForward() {
        String key = driver.raise();
        driver.triageAs(key, 3, 3);

        assertThat(driver.pathway(key)).hasNotPassed(ConcernPathway.CALL_CHECK_IN_AT_TRIAGE);
        assertThat(driver.checkIns(key)).isEmpty();
    }

    @Test
    void aMissedCheckInIsEscalatedAndStaysOpen() {
        TestClock.stopAt(TestClock.uk("2026-11-19T15:00")); // a Thursday: the check-in is due by 17:00 on the Monday after next
        String key = driver.raise();
        driver.timePasses(Duration.ofDays(14).plusMinutes(1));
        assertThat(driver.task(key, ConcernPathway.TASK_CHECK_IN).getDueDate())
                .isEqualTo(java.util.Date.from(TestClock.uk("2026-12-07T17:00")));
        driver.timePasses(Duration.ofDays(4).plusHours(1).plusMinutes(58));
        assertThat(driver.checkIns(key).get(0)).isNotWaitingAt(ConcernPathway.TASK_FOLLOW_UP_MISSED_CHECK_IN);
        driver.timePasses(Duration.ofMinutes(2));

        var checkIn = driver.checkIns(key).get(0);
        assertThat(checkIn).isWaitingAt(ConcernPathway.TASK_CHECK_IN, ConcernPathway.TASK_FOLLOW_UP_MISSED_CHECK_IN);
        assertThat(driver.task(key, ConcernPathway.TASK_FOLLOW_UP_MISSED_CHECK_IN)).isNotNull();
    }

    private String atThePanel() {
        String key = driver.raise();
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        return key;
    }
}
