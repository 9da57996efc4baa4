package org.lotuspathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.panel.PanelDiscussionRepository;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route a concern takes through the pathway, walked with real forms, services and database:
 * triage and its risk bands, the panel and each of its decisions, through to review and closure;
 * and what triage refuses and what the engine keeps.
 */
@PathwayTest
class ConcernPathwayRoutesTests {

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

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void aNewConcernWaitsForTriageByACaseManager() {
        String key = driver.raise();

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_TRIAGE_CONCERN);
        assertThat(BpmnAwareTests.task(driver.pathway(key))).hasCandidateGroup("casemanager");
        assertThat(concerns.findByBusinessKey(key).orElseThrow().stage()).isEqualTo(Stage.TRIAGE);
    }

    @Test
    void lowRiskIsResolvedLocallyThenReviewedAndClosed() {
        String key = driver.raise();
        driver.triageAs(key, 1, 2);

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION)
                .hasPassed(ConcernPathway.RULE_STRATIFY_RISK);
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).contains(RiskBand.LOW);

        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_REVIEW_LESSONS);
        driver.reviewAndClose(key);

        assertThat(driver.pathway(key)).isNull();
        var closed = concerns.findByBusinessKey(key).orElseThrow();
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.closedOn()).contains(driver.today());
        assertThat(history.createHistoricActivityInstanceQuery().activityId(ConcernPathway.END_CONCERN_CLOSED)
                .processInstanceId(closedInstanceId(key)).count()).isEqualTo(1);
    }

    @Test
    void moderateRiskIsInvestigatedBeforeThePanel() {
        TestClock.stopAt(TestClock.uk("2026-11-27T09:30")); // a Friday: four weeks on is Christmas Day
        String key = driver.raise();
        driver.triageAs(key, 3, 3);

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_GATHER_INFORMATION);
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).contains(RiskBand.MODERATE);
        assertThat(concerns.findByBusinessKey(key).orElseThrow().stage()).isEqualTo(Stage.INVESTIGATION);

        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);
        assertThat(BpmnAwareTests.task(driver.pathway(key))).hasCandidateGroup("pag");
        assertThat(driver.task(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION).getDueDate())
                .as("a routine panel within 4 weeks, moved past Christmas and Boxing Day's substitute")
                .isEqualTo(java.util.Date.from(TestClock.uk("2026-12-29T17:00")));
    }

    @Test
    void highRiskGoesToInterimActionAndAnUrgentPanel() {
        TestClock.stopAt(TestClock.uk("2026-12-24T10:00"));
        String key = driver.raise();
        driver.triageAs(key, 5, 4);

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_CONSIDER_INTERIM_ACTION);
        assertThat(BpmnAwareTests.task(driver.pathway(key))).hasCandidateGroup("ro");
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).contains(RiskBand.HIGH);

        driver.complete(key, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION, "interim-action", "ro",
                Map.of("interimAction", "SUSPENSION"));
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);
        assertThat(driver.task(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION).getDueDate())
                .as("an urgent panel within 5 working days, with three bank holidays between")
                .isEqualTo(java.util.Date.from(TestClock.uk("2027-01-05T17:00")));
    }

    @Test
    void anImmediateRiskIsHighWhateverTheScore() {
        String key = driver.raise();
        driver.complete(key, ConcernPathway.TASK_TRIAGE_CONCERN, "triage-concern", "casemanager",
                Map.of("likelihood", "1", "impact", "1", "insight", "FULL", "immediateRisk", true,
                        "immediateRiskDetails", "Still prescribing to patients at risk"));

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_CONSIDER_INTERIM_ACTION);
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).contains(RiskBand.HIGH);
    }

    @Test
    void noFurtherActionLeadsToTheReviewAndClosure() {
        String key = atThePanel();
        driver.panelDecides(key, "NO_FURTHER_ACTION");
        driver.sendUpdate(key);

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_REVIEW_LESSONS);
        driver.reviewAndClose(key);
        assertThat(driver.pathway(key)).isNull();
        assertThat(driver.checkIns(key)).as("an open check-in ends with the case").isEmpty();
    }

    @Test
    void furtherInvestigationComesBackToThePanelForASecondRound() {
        String key = atThePanel();
        driver.panelDecides(key, "FURTHER_INVESTIGATION");
        driver.sendUpdate(key);

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_GATHER_INFORMATION);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "NO_FURTHER_ACTION");

        var rounds = discussions.findByConcernOrderByRoundAsc(concerns.findByBusinessKey(key).orElseThrow());
        assertThat(rounds).extracting(d -> d.round()).containsExactly(1, 2);
        assertThat(rounds).extracting(d -> d.decision().name()).containsExactly("FURTHER_INVESTIGATION", "NO_FURTHER_ACTION");
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MONITOR", "LOCAL_REMEDIATION", "VOLUNTARY_UNDERTAKINGS"})
    void supportAndMonitoringReturnsToThePanel(String decision) {
        String key = atThePanel();
        driver.panelDecides(key, decision);
        driver.sendUpdate(key);

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_SUPPORT_AND_MONITOR);
        driver.complete(key, ConcernPathway.TASK_SUPPORT_AND_MONITOR, "support-and-monitor", "casemanager", Map.of());
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);
    }

    @Test
    void aReferralToPractitionerPerformanceAdviceReturnsToThePanel() {
        String key = atThePanel();
        driver.panelDecides(key, "REFER_PPA");
        driver.sendUpdate(key);

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_REFER_TO_PPA);
        driver.complete(key, ConcernPathway.TASK_REFER_TO_PPA, "refer-to-ppa", "casemanager", Map.of());
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);
    }

    @Test
    void aReferralToTheRegulatorIsMadeByTheResponsibleOfficerAndReturnsToThePanel() {
        String key = atThePanel();
        driver.panelDecides(key, "REFER_REGULATOR");
        driver.sendUpdate(key);

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_REFER_TO_REGULATOR);
        assertThat(BpmnAwareTests.task(driver.pathway(key))).hasCandidateGroup("ro");
        driver.complete(key, ConcernPathway.TASK_REFER_TO_REGULATOR, "refer-to-regulator", "ro", Map.of());
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);
    }

    @Test
    void aReferralToThePldpGoesOnToTheReviewAndClosure() {
        String key = atThePanel();
        driver.panelDecides(key, "REFER_PLDP");
        driver.sendUpdate(key);

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_REFER_TO_PLDP);
        driver.complete(key, ConcernPathway.TASK_REFER_TO_PLDP, "refer-to-pldp", "ro", Map.of());
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_REVIEW_LESSONS);
        driver.reviewAndClose(key);
        assertThat(concerns.findByBusinessKey(key).orElseThrow().stage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void answersTheFormRefusesLeaveTheTaskOpenAndRecordNothing() {
        String key = driver.raise();
        assertThatThrownBy(() -> driver.complete(key, ConcernPathway.TASK_TRIAGE_CONCERN, "casemanager",
                Map.of("likelihood", "9", "impact", "2")))
                .satisfies(failure -> assertThat(InvalidSubmission.in(failure)).hasValueSatisfying(invalid ->
                        assertThat(invalid.errors()).containsKeys("likelihood", "insight", "triageNotes")));

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_TRIAGE_CONCERN);
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).isEmpty();
    }

    @Test
    void businessAnswersDoNotStayInProcessVariables() {
        String key = atThePanel();
        var variables = engine.getRuntimeService().getVariables(driver.pathway(key).getId());

        assertThat(variables).containsKeys("riskBand", "route").doesNotContainKeys("triageNotes", "findings",
                "termsOfReference", "triageOutcome");
    }

    private String closedInstanceId(String key) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(ConcernPathway.ID)
                .processInstanceBusinessKey(key).singleResult().getId();
    }

    private String atThePanel() {
        String key = driver.raise();
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        return key;
    }
}
