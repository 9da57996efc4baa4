package org.lotuspathway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.practitioner;
import static org.lotuspathway.support.Pages.responsibleOfficer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit log records: every view and change of a case, by whom and when, through our pages,
 * the portal, the API and the engine; what was refused and to whom; and nothing of a change that
 * was rolled back.
 */
@PathwayTest
class AuditLogRecordingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    AuditEventRepository events;
    @Autowired
    TaskService tasks;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;
    @Autowired
    TransactionTemplate transaction;
    @LocalServerPort
    int port;

    @Test
    void raisingAConcernThroughThePageOrTheApiIsRecordedWithWhoRaisedIt() throws Exception {
        String fromApi = mvc.perform(post("/api/concerns").with(httpBasic("casemanager", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"practitioner": {"name": "Dr Audit Person", "profession": "GP", "register": "GMC",
                                 "registerNumber": "6100001"}, "source": "PATIENT", "concernAreas": ["CLINICAL"],
                                 "summary": "A patient says a referral was not made.", "receivedOn": "2026-11-20"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location")
                .replace("/api/concerns/", "");

        assertThat(lines(fromApi)).extracting(AuditEvent::actor, AuditEvent::action)
                .containsExactly(tuple("casemanager", AuditAction.RAISED));
    }

    @Test
    void everyViewOfACaseIsRecordedWithWhereItWasSeen() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        mvc.perform(get("/cases/{key}", key).with(caseManager())).andExpect(status().isOk());
        mvc.perform(get("/cases/{key}/diagram", key).with(caseManager())).andExpect(status().isOk());
        mvc.perform(get("/tasks/{id}", taskId).with(as("pag", Roles.PANEL, Roles.RESPONSIBLE_OFFICER)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/concerns/{key}", key).with(responsibleOfficer())).andExpect(status().isOk());

        assertThat(lines(key)).extracting(AuditEvent::actor, AuditEvent::action, e -> e.detail().orElse(""))
                .containsExactly(
                        tuple(AuditLog.SYSTEM, AuditAction.RAISED, ""),
                        tuple("casemanager", AuditAction.VIEWED_CASE, "case page"),
                        tuple("casemanager", AuditAction.VIEWED_DIAGRAM, "case page"),
                        tuple("pag", AuditAction.VIEWED_TASK, "task page, task " + taskId),
                        tuple("ro", AuditAction.VIEWED_CASE, "API"));
        assertThat(lines(key)).allSatisfy(line -> assertThat(line.occurredAt()).isNotNull());
    }

    @Test
    void workOnTasksIsRecordedByTheEngineWithTheChange() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        mvc.perform(post("/tasks/{id}/claim", taskId).with(caseManager()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/tasks/{id}/unclaim", taskId).with(caseManager()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/tasks/{id}/assign", taskId).param("assignee", "casemanager").with(responsibleOfficer())
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/tasks/{id}", taskId).with(caseManager()).with(csrf()).param("likelihood", "2")
                .param("impact", "2").param("insight", "FULL").param("triageNotes", "Seen and noted"))
                .andExpect(status().is3xxRedirection());

        assertThat(lines(key)).extracting(AuditEvent::actor, AuditEvent::action, e -> e.detail().orElse(""))
                .containsSubsequence(
                        tuple("casemanager", AuditAction.CLAIMED_TASK, "Triage the concern (task " + taskId + ")"),
                        tuple("casemanager", AuditAction.HANDED_BACK_TASK, "Triage the concern (task " + taskId + ")"),
                        tuple("ro", AuditAction.ASSIGNED_TASK, "Triage the concern (task " + taskId + "), to casemanager"),
                        tuple("casemanager", AuditAction.COMPLETED_TASK, "Triage the concern (task " + taskId + ")"));
    }

    @Test
    void aChangeThatIsRolledBackLeavesNoLineBehind() {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        transaction.executeWithoutResult(status -> {
            driver.triageAs(key, 2, 2);
            assertThat(lines(key)).extracting(AuditEvent::action).contains(AuditAction.COMPLETED_TASK);
            status.setRollbackOnly();
        });

        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
        assertThat(lines(key)).extracting(AuditEvent::action).containsExactly(AuditAction.RAISED);
    }

    @Test
    void pausingAndResumingAreRecordedButARefusedPauseIsNot() throws Exception {
        String key = driver.raise();

        mvc.perform(post("/cases/{key}/pause", key).param("reason", "Unwell").with(caseManager()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{key}/pause", key).param("reason", "Again").with(caseManager()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{key}/resume", key).with(as("wellbeing", Roles.WELLBEING)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(lines(key)).extracting(AuditEvent::actor, AuditEvent::action).containsExactly(
                tuple(AuditLog.SYSTEM, AuditAction.RAISED),
                tuple("casemanager", AuditAction.PAUSED),
                tuple("wellbeing", AuditAction.RESUMED));
    }

    @Test
    void thePractitionersReadingAndRepliesAreRecordedAndSoIsAnotherPractitionersTrying() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "LOCAL_REMEDIATION");
        driver.sendUpdate(key);
        long letter = updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow()).get(0).id();

        mvc.perform(get("/portal/cases/{key}", key).with(practitioner())).andExpect(status().isOk());
        mvc.perform(get("/portal/letters/{id}", letter).with(practitioner())).andExpect(status().isOk());
        mvc.perform(get("/portal/letters/{id}/letter.pdf", letter).with(practitioner())).andExpect(status().isOk());
        mvc.perform(post("/portal/cases/{key}/responses", key).with(practitioner()).with(csrf())
                .param("kind", "COMMENT").param("message", "Thank you")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/letters/{id}", letter).with(as("practitioner2", Roles.PRACTITIONER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/cases/{key}", key).with(as("practitioner2", Roles.PRACTITIONER)))
                .andExpect(status().isNotFound());

        assertThat(lines(key)).filteredOn(line -> line.actor().startsWith("practitioner"))
                .extracting(AuditEvent::actor, AuditEvent::action, e -> e.detail().orElse(""))
                .containsExactly(
                        tuple("practitioner", AuditAction.VIEWED_CASE, "portal"),
                        tuple("practitioner", AuditAction.READ_LETTER, "portal, letter " + letter),
                        tuple("practitioner", AuditAction.DOWNLOADED_LETTER, "portal, letter " + letter),
                        tuple("practitioner", AuditAction.RESPONDED, "portal"),
                        tuple("practitioner2", AuditAction.REFUSED, "GET /portal/letters/" + letter + " (404)"),
                        tuple("practitioner2", AuditAction.REFUSED, "GET /portal/cases/" + key + " (404)"));
    }

    @Test
    void aStaffMemberRefusedACaseIsRecordedWithWhatTheyAskedFor() throws Exception {
        String key = driver.raise();

        mvc.perform(get("/cases/{key}", key).with(practitioner())).andExpect(status().isForbidden());

        assertThat(lines(key)).extracting(AuditEvent::actor, AuditEvent::action, e -> e.detail().orElse(""))
                .contains(tuple("practitioner", AuditAction.REFUSED, "GET /cases/" + key + " (403)"));
    }

    @Test
    void lookingAtATaskThroughTheEngineRestApiIsRecordedWithWhoMethodAndAddress() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/engine-rest/task/" + taskId))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(lines(key)).filteredOn(line -> line.action() == AuditAction.USED_CAMUNDA_API)
                .singleElement().satisfies(line -> {
                    assertThat(line.actor()).isEqualTo("admin");
                    assertThat(line.detail()).hasValue("GET /engine-rest/task/" + taskId + " (200)");
                });
    }

    private List<AuditEvent> lines(String key) {
        return events.findByBusinessKeyOrderByIdAsc(key);
    }
}
