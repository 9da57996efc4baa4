package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEventRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests through Camunda's APIs that the engine answered with a 500 (issue 13), sent by an
 * administrator over real HTTP: negative paging, deserializing variables, variables naming a Java
 * class, and starting the pathway without a concern. Each is now refused with a plain 4xx before
 * Camunda sees it, changes nothing, and is in the audit log; the same requests without the bad
 * part still work.
 */
@PathwayTest
class CamundaApiBadInputTests {

    private static final String[] ADMIN = Visitor.basic("admin", "demo");

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AuditEventRepository audit;

    Visitor visitor;
    WebappEngine webappEngine;

    @BeforeEach
    void webappsUseThisContextsEngine() {
        visitor = new Visitor(port);
        webappEngine = WebappEngine.use(engine);
    }

    @AfterEach
    void andThenWhicheverTheyUsedBefore() {
        webappEngine.close();
    }

    @Test
    void pagingMustBeAWholeNumberZeroOrMore() throws Exception {
        for (String path : List.of("/engine-rest/task?firstResult=-5", "/engine-rest/task?maxResults=-5",
                "/engine-rest/history/process-instance?firstResult=0&maxResults=-1",
                "/engine-rest/engine/default/process-instance?firstResult=99999999999")) {
            assertRefused(get(path), 400, "must be a whole number");
        }
        HttpResponse<String> webapp = new Visitor(port).signIn("admin", "demo").camundaChange("POST",
                "/camunda/api/engine/engine/default/task?firstResult=-5&maxResults=15", "application/json", "{}");
        assertThat(webapp.statusCode()).isEqualTo(400);

        assertThat(get("/engine-rest/task?firstResult=0&maxResults=5").statusCode()).isEqualTo(200);
    }

    @Test
    void variablesAreNeverDeserializedNorMadeOfAJavaClass() throws Exception {
        String key = driver.raise();
        driver.triageAs(key, 3, 3);
        String instance = driver.pathway(key).getId();
        String variables = "/engine-rest/process-instance/" + instance + "/variables";

        for (String path : List.of(variables + "/riskBand?deserializeValue=true", variables + "?deserializeValues=true",
                "/engine-rest/variable-instance?deserializeValues=TRUE",
                "/engine-rest/history/variable-instance?deserializeValues=1")) {
            assertRefused(get(path), 400, "never deserialized");
        }
        assertThat(get(variables + "/riskBand?deserializeValue=false").body()).contains("MODERATE");

        String object = "{\"value\":\"[\\\"touch\\\",\\\"/tmp/x\\\"]\",\"type\":\"Object\",\"valueInfo\":"
                + "{\"objectTypeName\":\"java.lang.ProcessBuilder\",\"serializationDataFormat\":\"application/json\"}}";
        assertRefused(put(variables + "/gadget", object), 400, "plain values");
        assertRefused(put(variables + "/gadget", "{\"value\":\"rO0ABXQAAWE=\",\"type\":\"Object\"}"), 400,
                "plain values");
        assertRefused(post(variables, "{\"modifications\":{\"gadget\":{\"value\":\"{}\",\"type\":\"Object\","
                + "\"valueInfo\":{\"objectTypeName\":\"org.nowhere.Nothing\"}}}}"), 400, "plain values");
        String boundary = "lotusboundary";
        String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"\r\nContent-Type: "
                + "application/json\r\n\r\n[\"touch\"]\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"type\"\r\n\r\njava.lang.ProcessBuilder\r\n--" + boundary + "--\r\n";
        assertRefused(visitor.send(visitor.request(variables + "/gadget/data", ADMIN).header("Content-Type",
                "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofString(upload)).build()),
                400, "only the parts");

        assertThat(runtime.getVariable(instance, "gadget")).isNull();
        assertThat(put(variables + "/note", "{\"value\":\"A plain note\",\"type\":\"String\"}").statusCode())
                .isEqualTo(204);
        assertThat(runtime.getVariable(instance, "note")).isEqualTo("A plain note");
    }

    @Test
    void noProcessIsStartedThroughCamunda() throws Exception {
        String key = driver.raise();
        String definition = driver.pathway(key).getProcessDefinitionId();
        long instances = runtime.createProcessInstanceQuery().count();

        for (String businessKey : List.of(Endpoints.NO_SUCH_CASE, key)) {
            String start = "{\"businessKey\":\"" + businessKey + "\"}";
            for (String path : List.of("/engine-rest/process-definition/key/" + ConcernPathway.ID + "/start",
                    "/engine-rest/engine/default/process-definition/key/" + ConcernPathway.ID + "/start/",
                    "/engine-rest/process-definition/key/" + ConcernPathway.CHECK_IN_ID + "/submit-form",
                    "/engine-rest/process-definition/" + definition + "/start")) {
                assertRefused(post(path, start), 403, "Cases start in Lotus Pathway");
            }
            HttpResponse<String> tasklist = new Visitor(port).signIn("admin", "demo").camundaChange("POST",
                    "/camunda/api/engine/engine/default/process-definition/" + definition + "/submit-form",
                    "application/json", start);
            assertThat(tasklist.statusCode()).isEqualTo(403);
        }

        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    private void assertRefused(HttpResponse<String> answer, int status, String message) {
        String what = answer.request().method() + " " + answer.request().uri().getRawPath();
        assertThat(answer.statusCode()).as(what).isEqualTo(status);
        assertThat(answer.body()).as(what).contains(message);
        assertThat(audit.findByActorOrderByIdAsc("admin")).as(what).last()
                .satisfies(line -> {
                    assertThat(line.action()).isEqualTo(AuditAction.REFUSED);
                    assertThat(line.detail()).hasValueSatisfying(detail -> assertThat(detail)
                            .startsWith(what + " (" + status + ": ").contains(message));
                });
    }

    private HttpResponse<String> get(String path) throws Exception {
        return visitor.get(path, ADMIN);
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return visitor.send(visitor.request(path, ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return visitor.send(visitor.request(path, ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
