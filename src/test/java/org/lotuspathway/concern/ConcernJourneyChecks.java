package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.lotuspathway.learning.LessonsReviewRepository;
import org.lotuspathway.panel.PanelDecision;
import org.lotuspathway.panel.PanelDiscussionRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.TestStaff;
import org.lotuspathway.triage.TriageAssessmentRepository;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.lotuspathway.updates.UpdateKind;
import org.lotuspathway.wellbeing.CheckInOutcome;
import org.lotuspathway.wellbeing.CheckInReason;
import org.lotuspathway.wellbeing.CheckInRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A concern raised over HTTP and walked to closure through the services: each record the pathway
 * keeps, and the engine's history of every step, agree at the end. Run on H2
 * ({@link ConcernJourneyTests}) and PostgreSQL ({@link PostgresConcernTests}).
 */
abstract class ConcernJourneyChecks {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    TriageAssessmentRepository triage;
    @Autowired
    PanelDiscussionRepository panel;
    @Autowired
    PractitionerUpdateRepository updates;
    @Autowired
    CheckInRepository checkIns;
    @Autowired
    LessonsReviewRepository reviews;
    @Autowired
    HistoryService history;

    @Test
    void aConcernRaisedOverHttpWalksToClosure() {
        String key = raiseOverHttp();

        driver.triageAs(key, 4, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager",
                Map.of("findings", "Two referrals were delayed during a locum gap."));
        driver.panelDecides(key, "FURTHER_INVESTIGATION");
        driver.sendUpdate(key);
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing",
                Map.of("outcome", "NEEDS_SUPPORT", "notes", "Anxious about the panel", "supportPlan", "Weekly calls"));
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "NO_FURTHER_ACTION");
        driver.sendUpdate(key);
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing", Map.of("outcome", "WELL"));
        driver.reviewAndClose(key);

        Concern concern = concerns.findByBusinessKey(key).orElseThrow();
        assertThat(concern.stage()).isEqualTo(Stage.CLOSED);
        assertThat(concern.riskBand()).contains(RiskBand.MODERATE);
        assertThat(triage.findByConcernOrderByRecordedAtAsc(concern)).singleElement()
                .satisfies(t -> assertThat(t.riskScore()).isEqualTo(12));
        assertThat(panel.findByConcernOrderByRoundAsc(concern)).extracting(d -> d.decision())
                .containsExactly(PanelDecision.FURTHER_INVESTIGATION, PanelDecision.NO_FURTHER_ACTION);
        assertThat(updates.findByConcernOrderByRecordedAtAsc(concern)).extracting(u -> u.kind())
                .containsExactly(UpdateKind.PANEL_OUTCOME, UpdateKind.PANEL_OUTCOME, UpdateKind.CLOSURE);
        assertThat(checkIns.findByConcernOrderByRecordedAtAsc(concern))
                .extracting(c -> c.reason(), c -> c.outcome(), c -> c.recordedBy())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CheckInReason.AFTER_PANEL, CheckInOutcome.NEEDS_SUPPORT, "wellbeing"),
                        org.assertj.core.groups.Tuple.tuple(CheckInReason.AFTER_PANEL, CheckInOutcome.WELL, "wellbeing"));
        assertThat(reviews.findByConcernOrderByRecordedAtDesc(concern)).singleElement().satisfies(review ->
                assertThat(review.actions()).singleElement()
                        .satisfies(action -> assertThat(action.owner()).isEqualTo("Practice manager")));

        HistoricProcessInstance pathway = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ConcernPathway.ID).processInstanceBusinessKey(key).singleResult();
        assertThat(pathway.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key)
                .orderByHistoricActivityInstanceStartTime().asc().list();
        assertThat(tasks).extracting(HistoricTaskInstance::getTaskDefinitionKey).containsExactly(
                ConcernPathway.TASK_TRIAGE_CONCERN, ConcernPathway.TASK_GATHER_INFORMATION,
                ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE,
                ConcernPathway.TASK_CHECK_IN, ConcernPathway.TASK_GATHER_INFORMATION,
                ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE,
                ConcernPathway.TASK_CHECK_IN, ConcernPathway.TASK_REVIEW_LESSONS, ConcernPathway.TASK_CLOSE_CASE);
        assertThat(tasks).allSatisfy(task -> assertThat(task.getDeleteReason()).isEqualTo("completed"));

        Map<?, ?> shown = rest.withBasicAuth("casemanager", TestStaff.PASSWORD).getForObject("/api/concerns/" + key, Map.class);
        assertThat(shown.get("stage")).isEqualTo("CLOSED");
        assertThat((List<Map<String, Object>>) shown.get("history")).extracting(step -> step.get("activityId"))
                .contains(ConcernPathway.RULE_STRATIFY_RISK, ConcernPathway.END_CONCERN_CLOSED);
    }

    private String raiseOverHttp() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"practitioner": {"name": "Dr Journey Test", "profession": "DENTIST", "register": "GDC",
                 "registerNumber": "654321"}, "source": "CLINICAL_COLLEAGUE", "concernAreas": ["CLINICAL", "CONDUCT"],
                 "summary": "Colleagues report delayed referrals.", "receivedOn": "2026-11-02"}""";
        ResponseEntity<Map> raised = rest.withBasicAuth("casemanager", TestStaff.PASSWORD)
                .postForEntity("/api/concerns", new HttpEntity<>(body, headers), Map.class);
        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) raised.getBody().get("businessKey");
    }
}
