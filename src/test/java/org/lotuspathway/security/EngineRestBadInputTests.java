package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests an outside tester sent to the engine's REST API as an administrator, which Camunda
 * answered with 500 (issue 13e, point 7), each replayed exactly and with a variation: now a plain
 * 4xx with a message, and nothing changed. The same calls with good input still work.
 */
@PathwayTest
class EngineRestBadInputTests {

    private static final String[] ADMIN = Visitor.basic("admin", "demo");

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ObjectMapper json;

    Visitor visitor;
    String key;
    String instance;

    @BeforeEach
    void aCaseWaitingForTriage() {
        visitor = new Visitor(port);
        key = driver.raise();
        instance = driver.pathway(key).getId();
    }

    @Test
    void conditionsAreNotEvaluatedBecauseTheyOnlyStartProcesses() throws Exception {
        long instances = runtime.createProcessInstanceQuery().count();
        for (String body : List.of("", "{}", "not json", "{\"variables\":{\"riskBand\":{\"value\":\"HIGH\"}}}")) {
            HttpResponse<String> answer = send("POST", "/engine-rest/condition", body);
            assertThat(answer.statusCode()).as(body).isEqualTo(403);
            assertThat(answer.body()).contains("Cases start in Lotus Pathway");
        }
        assertThat(send("POST", "/engine-rest/engine/default/condition/", "{}").statusCode()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void jobRetriesMustBeAWholeNumberZeroOrMore() throws Exception {
        Job job = management.createJobQuery().processInstanceId(instance).list().get(0);
        String retries = "/engine-rest/job/" + job.getId() + "/retries";

        assertRefused(send("PUT", retries, "{\"retries\":-5}"), 400, "must be a whole number, 0 or more");
        assertRefused(send("PUT", retries, "{\"retries\":\"-1\"}"), 400, "must be a whole number");
        assertRefused(send("PUT", retries, "{\"retries\":1.5}"), 400, "must be a whole number");
        assertRefused(send("POST", "/engine-rest/job/retries", "{\"retries\":-5,\"jobIds\":[\"" + job.getId() + "\"]}"),
                400, "must be a whole number");
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isEqualTo(job.getRetries());

        assertThat(send("PUT", retries, "{\"retries\":2}").statusCode()).isEqualTo(204);
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);
    }

    @Test
    void externalTasksAreLockedOnlyForAPositiveDuration() throws Exception {
        String fetch = "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"t\",\"lockDuration\":%s}]}";
        assertRefused(send("POST", "/engine-rest/external-task/fetchAndLock", fetch.formatted("-1")), 400,
                "lockTime is not greater than 0");
        assertRefused(send("POST", "/engine-rest/external-task/fetchAndLock", fetch.formatted("0")), 400,
                "The engine refused this request");

        HttpResponse<String> fine = send("POST", "/engine-rest/external-task/fetchAndLock", fetch.formatted("1000"));
        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(fine.body()).isEqualTo("[]");
    }

    /**
     * Completing a pathway task through Camunda's API is allowed (Tasklist does it): the task's form
     * is checked inside the engine (process/engine/TaskForms), whichever door the answers come in by.
     * Answers it refuses are a 400 with the problem for each field, as our own API says them.
     */
    @Test
    void aPathwayTaskCompletedWithoutItsAnswersIsRefusedFieldByField() throws Exception {
        String task = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        for (String action : List.of("complete", "submit-form")) {
            for (String body : List.of("{}", "{\"variables\":{\"likelihood\":{\"value\":\"9\"}}}")) {
                HttpResponse<String> answer = send("POST", "/engine-rest/task/" + task + "/" + action, body);
                assertRefused(answer, 400, "Some answers need attention");
                assertThat(json.readTree(answer.body()).path("errors").path("impact").asText())
                        .isEqualTo("Answer the question \"What would the impact on patient safety be?\"");
            }
        }
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("still open").isOne();

        Map<String, Object> answers = new java.util.HashMap<>(FormAnswers.valid("triage-concern", driver.today()));
        answers.putAll(PathwayDriver.triage(3, 3));
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        // As Tasklist sends them: a list of choices as a JSON variable, anything else as it is.
        answers.forEach((name, value) -> variables.put(name, value instanceof List<?> ? Map.of("value",
                asJson(value), "type", "Json") : Map.of("value", value)));
        HttpResponse<String> completed = send("POST", "/engine-rest/task/" + task + "/complete",
                json.writeValueAsString(Map.of("variables", variables)));
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
    }

    @Test
    void theFormOfATaskThatDoesNotExistIsNotFound() throws Exception {
        for (String form : List.of("deployed-form", "rendered-form", "form")) {
            for (String accept : List.of("application/json", "*/*", "application/xhtml+xml")) {
                HttpResponse<String> answer = visitor.send(visitor.request("/engine-rest/task/no-such-task/" + form,
                        "Authorization", ADMIN[1], "Accept", accept).GET().build());
                assertThat(answer.statusCode()).as(form + " " + accept).isBetween(400, 499);
            }
        }
        assertRefused(send("GET", "/engine-rest/task/no-such-task/deployed-form", null), 404,
                "There is no task no-such-task");

        String task = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        assertThat(send("GET", "/engine-rest/task/" + task + "/deployed-form", null).body())
                .contains("\"id\"", "triage-concern");
    }

    @Test
    void aModificationThatCannotBeCarriedOutLeavesTheCaseWhereItWas() throws Exception {
        String modification = "/engine-rest/process-instance/" + instance + "/modification";
        String[] bad = {
            // a gateway that needs the triage's route, which this case does not have yet
            "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Gateway_Route\"}]}",
            "{\"instructions\":[{\"type\":\"startAfterActivity\",\"activityId\":\"Rule_StratifyRisk\"}]}",
            // the decision table without the triage's answers
            "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Rule_StratifyRisk\"}]}",
            "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_SendPractitionerUpdate\"}]}",
            "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Nope\"}]}",
            "{\"instructions\":[{\"type\":\"cancel\",\"activityInstanceId\":\"nope\"}]}",
            "{\"instructions\":[{\"type\":\"bogus\"}]}"};
        for (String body : bad) {
            HttpResponse<String> answer = send("POST", modification, body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
        }
        assertRefused(send("POST", modification, bad[0]), 400, "cannot be carried out, so the case was not moved");
        assertRefused(send("POST", "/engine-rest/process-instance/nosuch/modification",
                "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"X\"}]}"), 400, "does not exist");

        assertThat(runtime.getActiveActivityIds(instance)).contains(ConcernPathway.TASK_TRIAGE_CONCERN)
                .doesNotContain(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, ConcernPathway.GATEWAY_ROUTE);
        assertThat(driver.openTasks(key)).extracting(t -> t.getTaskDefinitionKey())
                .containsExactly(ConcernPathway.TASK_TRIAGE_CONCERN);
    }

    private String asJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(HttpResponse<String> answer, int status, String message) {
        String what = answer.request().method() + " " + answer.request().uri().getRawPath();
        assertThat(answer.statusCode()).as(what).isEqualTo(status);
        assertThat(answer.body()).as(what).contains(message);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = visitor.request(path, ADMIN);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return visitor.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
