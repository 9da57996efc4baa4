package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's webapps and REST API, over real HTTP: only administrators and process leads, signed in
 * on our page (webapps) or by HTTP Basic (REST API); the Admin setup page can never create an
 * administrator; nothing is deployed except through the modeler.
 */
@PathwayTest
class CamundaWebappAccessTests {

    static final String COCKPIT = "/camunda/app/cockpit/default/";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;

    WebappEngine webappEngine;

    @BeforeEach
    void webappsUseThisContextsEngine() {
        webappEngine = WebappEngine.use(engine);
    }

    @AfterEach
    void andThenWhicheverTheyUsedBefore() {
        webappEngine.close();
    }

    @Test
    void someoneNotSignedInIsSentToOurSignInPage() throws Exception {
        for (String path : new String[] {COCKPIT, "/camunda/app/tasklist/default/", "/camunda/app/admin/default/",
                "/camunda/api/engine/engine/default/task"}) {
            HttpResponse<String> answer = new Visitor(port).get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void administratorsAndLeadsOpenCockpitWithTheirSignInFromOurPage() throws Exception {
        for (String user : new String[] {"admin", "lead"}) {
            Visitor visitor = new Visitor(port).signIn(user, "demo");

            HttpResponse<String> cockpit = visitor.get(COCKPIT);
            assertThat(cockpit.statusCode()).as(user).isEqualTo(200);
            assertThat(cockpit.body()).contains("<base href=\"/camunda/app/cockpit/default/\"");
            // Camunda's own policy (its webapps need inline styles and eval), not ours.
            assertThat(cockpit.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("'strict-dynamic'").isNotEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY));
            assertThat(cockpit.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");

            HttpResponse<String> who = visitor.get("/camunda/api/admin/auth/user/default", "Accept", "application/json");
            assertThat(who.statusCode()).isEqualTo(200);
            assertThat(who.body()).contains("\"userId\":\"" + user + "\"");
            assertThat(visitor.get("/camunda/api/engine/engine/default/task/count", "Accept", "application/json")
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aCaseManagerSignedInOnOurPageIsRefusedTheWebappsAndTheirApi() throws Exception {
        Visitor caseManager = new Visitor(port).signIn("casemanager", "demo");

        for (String path : new String[] {COCKPIT, "/camunda/app/tasklist/default/", "/camunda/app/admin/default/",
                "/camunda/api/engine/engine/default/task", "/camunda/api/admin/auth/user/default"}) {
            assertThat(caseManager.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(caseManager.get("/tasks").statusCode()).as("their own pages still work").isEqualTo(200);
    }

    @Test
    void theEngineRestApiTakesHttpBasicFromAdministratorsAndLeadsOnly() throws Exception {
        Visitor visitor = new Visitor(port);

        assertThat(visitor.get("/engine-rest/process-definition", Visitor.basic("admin", "demo")).statusCode()).isEqualTo(200);
        assertThat(visitor.get("/engine-rest/task", Visitor.basic("lead", "demo")).statusCode()).isEqualTo(200);
        assertThat(visitor.get("/engine-rest/task", Visitor.basic("casemanager", "demo")).statusCode()).isEqualTo(403);
        assertThat(visitor.get("/engine-rest/task", Visitor.basic("practitioner", "demo")).statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = visitor.get("/engine-rest/task", "Accept", "application/json");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as("no browser prompt, so no remembered password")
                .isEmpty();

        Visitor signedIn = new Visitor(port).signIn("admin", "demo");
        assertThat(signedIn.get("/engine-rest/task", "Accept", "application/json").statusCode())
                .as("a browser's session is not enough").isEqualTo(401);
    }

    @Test
    void theAdminSetupPageCanNeverCreateAnAdministrator() throws Exception {
        String newAdmin = "{\"profile\": {\"id\": \"intruder\", \"firstName\": \"I\", \"lastName\": \"N\"},"
                + " \"credentials\": {\"password\": \"intruder1234\"}}";
        HttpRequest.Builder setup = new Visitor(port).request("/camunda/api/admin/setup/default/user/create",
                "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(newAdmin));

        assertThat(new Visitor(port).send(setup.build()).statusCode()).isIn(302, 401, 403);
        Visitor admin = new Visitor(port).signIn("admin", "demo");
        assertThat(admin.send(admin.request("/camunda/api/admin/setup/default/user/create", "Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(newAdmin)).build()).statusCode()).isEqualTo(403);

        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMIN).count())
                .as("an administrator exists before the first request, so Camunda too would refuse setup").isPositive();
    }

    @Test
    void nothingIsDeployedExceptThroughTheModeler() throws Exception {
        String boundary = "lotusboundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsneaky\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"sneaky.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
        Visitor visitor = new Visitor(port);
        for (String[] basic : new String[][] {Visitor.basic("lead", "demo"), Visitor.basic("admin", "demo")}) {
            HttpRequest request = visitor.request("/engine-rest/deployment/create", basic)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            assertThat(visitor.send(request).statusCode()).isEqualTo(403);
        }
        Visitor admin = new Visitor(port).signIn("admin", "demo");
        assertThat(admin.post("/camunda/api/engine/engine/default/deployment/create", Map.of("x", "y")).statusCode())
                .isEqualTo(403);
    }
}
