package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

/** A case walked without a browser: its open tasks, and completing one, over HTTP with HTTP Basic. */
@PathwayTest
@SuppressWarnings({"unchecked", "rawtypes"})
class TaskApiTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    HistoryService history;

    @Test
    void aCaseListsItsOpenTasksInEveryProcessThatCarriesItsKey() {
        String key = driver.raise();
        driver.timePasses(Duration.ofDays(14).plusMinutes(1));

        ResponseEntity<Map> listed = rest.withBasicAuth("casemanager", "demo").getForEntity("/api/cases/" + key + "/tasks", Map.class);
        // a panel member sees only the cases on their meetings' agendas (issue 19)
        assertThat(rest.withBasicAuth("pag", "demo").getForEntity("/api/cases/" + key + "/tasks", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) listed.getBody().get("tasks");
        assertThat(tasks).extracting(task -> task.get("taskDefinitionKey"))
                .containsExactlyInAnyOrder(ConcernPathway.TASK_TRIAGE_CONCERN, ConcernPathway.TASK_CHECK_IN);
        Map<String, Object> triage = tasks.stream()
                .filter(task -> ConcernPathway.TASK_TRIAGE_CONCERN.equals(task.get("taskDefinitionKey"))).findFirst().orElseThrow();
        assertThat(triage).containsEntry("name", "Triage the concern").containsEntry("candidateGroups", List.of("casemanager"))
                .containsEntry("id", driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId()).containsKey("due")
                .as("every field, null when empty").containsEntry("assignee", null);
        assertThat(rest.withBasicAuth("casemanager", "demo").getForEntity("/api/cases/PSC-1999-99999/tasks", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("practitioner", "demo").getForEntity("/api/cases/" + key + "/tasks", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badAnswersGetTheTaskPagesMessagesAndNothingIsRecorded() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        List<String> onThePage = html(mvc.perform(post("/tasks/{id}", taskId).with(caseManager()).with(csrf())
                        .param("likelihood", "4").param("impact", "9").param("immediateRisk", "true"))
                .andExpect(status().isBadRequest()).andReturn())
                .select(".nhsuk-error-summary li").eachText();

        ResponseEntity<Map> refused = complete("casemanager", taskId, """
                {"likelihood": 4, "impact": "9", "immediateRisk": true}""");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = (Map<String, String>) refused.getBody().get("errors");
        assertThat(errors.values()).containsExactlyElementsOf(onThePage);
        assertThat(errors).containsKeys("impact", "insight", "triageNotes");
        assertThat(driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId()).isEqualTo(taskId);
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).isEmpty();

        ResponseEntity<Map> crossField = complete("casemanager", taskId, """
                {"likelihood": 2, "impact": 2, "insight": "FULL", "triageNotes": "Notes", "immediateRisk": true}""");
        assertThat((Map<String, String>) crossField.getBody().get("errors"))
                .containsEntry("immediateRiskDetails", "Describe the immediate risk, so the Responsible Officer can act on it");
    }

    @Test
    void goodAnswersCompleteTheTaskAsThePageWouldAndOnlyOnce() {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        ResponseEntity<Map> done = complete("casemanager", taskId, """
                {"likelihood": "5", "impact": 4, "insight": "PARTIAL", "triageNotes": "Serious and likely to recur",
                 "contextFactors": ["WORKLOAD", "ISOLATION"]}""");

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(done.getBody()).containsEntry("businessKey", key).containsEntry("completed", true);
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).contains(RiskBand.HIGH);
        assertThat(driver.task(key, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION)).isNotNull();
        assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("casemanager");

        ResponseEntity<Map> again = complete("casemanager", taskId, """
                {"likelihood": "5", "impact": 4, "insight": "PARTIAL", "triageNotes": "Twice"}""");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(complete("casemanager", "no-such-task", "{}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTaskOfAnotherTeamOrAFieldTheFormLacksIsRefused() {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        assertThat(complete("wellbeing", taskId, "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> unknown = complete("casemanager", taskId, """
                {"likelihood": "1", "impact": "2", "insight": "FULL", "triageNotes": "Notes", "riskBand": "LOW",
                 "contextNotes": {"nested": true}}""");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) unknown.getBody().get("errors")).containsOnlyKeys("riskBand", "contextNotes");
        assertThat(complete("lead", taskId, "[1, 2]").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId()).isEqualTo(taskId);
    }

    private ResponseEntity<Map> complete(String user, String taskId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + taskId, new HttpEntity<>(body, headers),
                Map.class);
    }
}
