package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.lotuspathway.panel.PanelDecision;
import org.lotuspathway.panel.PanelDiscussionRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PostgresPathwayTest;
import org.lotuspathway.support.TestStaff;
import org.lotuspathway.triage.TriageAssessmentRepository;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.lotuspathway.updates.UpdateKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A case from intake to closure on PostgreSQL, and the case references its sequence hands out. */
@PostgresPathwayTest
class PostgresConcernTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    PathwayDriver driver;
    @Autowired
    BusinessKeys keys;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    TriageAssessmentRepository triage;
    @Autowired
    PanelDiscussionRepository panel;
    @Autowired
    PractitionerUpdateRepository updates;
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
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing", Map.of("outcome", "WELL"));
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "NO_FURTHER_ACTION");
        driver.sendUpdate(key);
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing", Map.of("outcome", "WELL"));
        driver.reviewAndClose(key);

        Concern concern = concerns.findByBusinessKey(key).orElseThrow();
        assertThat(concern.stage()).isEqualTo(Stage.CLOSED);
        assertThat(concern.riskBand()).contains(RiskBand.MODERATE);
        assertThat(triage.findByConcernOrderByRecordedAtAsc(concern)).hasSize(1);
        assertThat(panel.findByConcernOrderByRoundAsc(concern)).extracting(d -> d.decision())
                .containsExactly(PanelDecision.FURTHER_INVESTIGATION, PanelDecision.NO_FURTHER_ACTION);
        assertThat(updates.findByConcernOrderByRecordedAtAsc(concern)).extracting(u -> u.kind())
                .containsExactly(UpdateKind.PANEL_OUTCOME, UpdateKind.PANEL_OUTCOME, UpdateKind.CLOSURE);

        HistoricProcessInstance pathway = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ConcernPathway.ID).processInstanceBusinessKey(key).singleResult();
        assertThat(pathway.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key)
                .orderByHistoricActivityInstanceStartTime().asc().list())
                .extracting(HistoricTaskInstance::getTaskDefinitionKey).startsWith(
                        ConcernPathway.TASK_TRIAGE_CONCERN, ConcernPathway.TASK_GATHER_INFORMATION,
                        ConcernPathway.TASK_HOLD_PANEL_DISCUSSION)
                .endsWith(ConcernPathway.TASK_REVIEW_LESSONS, ConcernPathway.TASK_CLOSE_CASE);

        Map<?, ?> shown = rest.withBasicAuth("casemanager", TestStaff.PASSWORD)
                .getForObject("/api/concerns/" + key, Map.class);
        assertThat(shown.get("stage")).isEqualTo("CLOSED");
    }

    @Test
    void caseReferencesComeFromTheSequenceInOrderAndNeverRepeat() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = keys.next();
            assertThat(key).matches("PSC-\\d{4}-\\d{5,}");
            numbers.add(Integer.parseInt(key.substring(9)));
        }
        assertThat(numbers).doesNotHaveDuplicates().isSorted();
    }

    private String raiseOverHttp() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"practitioner": {"name": "Dr Postgres Journey", "profession": "DENTIST", "register": "GDC",
                 "registerNumber": "765432"}, "source": "CLINICAL_COLLEAGUE", "concernAreas": ["CLINICAL"],
                 "summary": "Colleagues report delayed referrals.", "receivedOn": "2026-11-02"}""";
        ResponseEntity<Map> raised = rest.withBasicAuth("casemanager", TestStaff.PASSWORD)
                .postForEntity("/api/concerns", new HttpEntity<>(body, headers), Map.class);
        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) raised.getBody().get("businessKey");
    }
}
