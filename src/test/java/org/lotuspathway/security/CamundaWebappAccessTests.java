package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's webapps and REST API, over real HTTP: administrators only, signed in on our page
 * (webapps) or by HTTP Basic (REST API); process leads, who have the modeler, are refused like
 * everyone else; the Admin setup page can never create an administrator; nothing is deployed
 * except through the modeler.
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
    void administratorsOpenCockpitWithTheirSignInFromOurPage() throws Exception {
        String user = "admin";
        Visitor visitor = new Visitor(port).signIn(user, "demo");

        HttpResponse<String> cockpit = visitor.get(COCKPIT);
        assertThat(cockpit.statusCode()).as(user).isEqualTo(200);
        assertThat(cockpit.body()).contains("<base href=\"/camunda/app/cockpit/default/\"");
        // Camunda's own policy (its webapps need inline styles and eval), not ours.
        assertThat(cockpit.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("'strict-dynamic'").isNotEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY));
        assertThat(cockpit.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");

        HttpResponse<String> who = visitor.get("/camunda/api/admin/auth/user/default", "Accept", "application/json");
        assertThat(who.statusCode()).isEqualTo(200);
        assertThat(who.body()).contains("\"userId\":\"" + user + "\"");
        assertThat(visitor.get("/camunda/api/engine/engine/default/task/count", "Accept", "application/json")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void leadsAndCaseManagersSignedInOnOurPageAreRefusedTheWebappsAndTheirApi() throws Exception {
        for (String user : new String[] {"lead", "casemanager"}) {
            Visitor signedIn = new Visitor(port).signIn(user, "demo");

            for (String path : new String[] {COCKPIT, "/camunda/app/tasklist/default/", "/camunda/app/admin/default/",
                    "/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/task/count",
                    "/camunda/api/admin/auth/user/default", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"}) {
                assertThat(signedIn.get(path, "Accept", "application/json").statusCode()).as(user + " " + path)
                        .isEqualTo(403);
            }
            assertRefusedByUs(signedIn.change("POST", "/camunda/api/engine/engine/default/task/count",
                    "application/json", "{}"), user + " querying by POST");
            assertThat(signedIn.get("/tasks").statusCode()).as("their own pages still work").isEqualTo(200);
        }
        assertThat(new Visitor(port).signIn("lead", "demo").get("/modeler").statusCode())
                .as("a lead's way to the pathway").isEqualTo(200);
    }

    @Test
    void theEngineRestApiTakesHttpBasicFromAdministratorsOnly() throws Exception {
        Visitor visitor = new Visitor(port);

        assertThat(visitor.get("/engine-rest/process-definition", Visitor.basic("admin", "demo")).statusCode()).isEqualTo(200);
        for (String path : new String[] {"/engine-rest/task", "/engine-rest/task/count", "/engine-rest/process-definition",
                "/engine-rest/engine/default/process-instance/", "/engine-rest/filter"}) {
            assertThat(visitor.get(path, Visitor.basic("lead", "demo")).statusCode()).as("lead " + path).isEqualTo(403);
        }
        assertThat(visitor.send(visitor.request("/engine-rest/task/count", Visitor.basic("lead", "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build())
                .statusCode()).as("a lead's query by POST").isEqualTo(403);
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
        // With the webapps' CSRF token, so that their CSRF filter cannot be what refuses it.
        Visitor admin = new Visitor(port).signIn("admin", "demo");
        for (String path : new String[] {"/camunda/api/admin/setup/default/user/create",
                "/camunda/api/admin/setup/default/user/create/", "/camunda/api/admin/SETUP/default/user/create"}) {
            assertRefusedByUs(admin.camundaChange("POST", path, "application/json", newAdmin), path);
        }

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
        String multipart = "multipart/form-data; boundary=" + boundary;
        Deployment existing = engine.getRepositoryService().createDeploymentQuery().orderByDeploymentTime().desc()
                .listPage(0, 1).get(0);
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        String redeploy = "{\"source\": \"sneaky\"}";

        Visitor visitor = new Visitor(port);
        for (String[] basic : new String[][] {Visitor.basic("lead", "demo"), Visitor.basic("admin", "demo")}) {
            // Jersey answers a trailing slash as if it were not there; so must our rules.
            for (String path : new String[] {"/engine-rest/deployment/create", "/engine-rest/deployment/create/",
                    "/engine-rest/engine/default/deployment/create/"}) {
                assertThat(visitor.send(visitor.request(path, basic).header("Content-Type", multipart)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode()).as(path).isEqualTo(403);
            }
            for (String path : new String[] {"/engine-rest/deployment/" + existing.getId() + "/redeploy",
                    "/engine-rest/deployment/" + existing.getId() + "/redeploy/",
                    "/engine-rest/engine/default/deployment/" + existing.getId() + "/redeploy"}) {
                assertThat(visitor.send(visitor.request(path, basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(redeploy)).build()).statusCode()).as(path).isEqualTo(403);
            }
            assertThat(visitor.send(visitor.request("/engine-rest/deployment/create//", basic).header("Content-Type", multipart)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode())
                    .as("a doubled slash, which Spring Security's firewall refuses").isIn(400, 403);
            assertThat(visitor.send(visitor.request("/engine-rest/deployment/" + existing.getId() + "/", basic)
                    .DELETE().build()).statusCode()).as("deleting a deployment").isEqualTo(403);
        }
        assertThat(visitor.get("/engine-rest/deployment/" + existing.getId(), Visitor.basic("admin", "demo")).statusCode())
                .as("reading deployments is fine").isEqualTo(200);

        // With the webapps' CSRF token, so that their CSRF filter cannot be what refuses it.
        Visitor admin = new Visitor(port).signIn("admin", "demo");
        for (String path : new String[] {"/camunda/api/engine/engine/default/deployment/create",
                "/camunda/api/engine/engine/default/deployment/create/"}) {
            assertRefusedByUs(admin.camundaChange("POST", path, multipart, body), path);
        }
        String redeployThroughCockpit = "/camunda/api/engine/engine/default/deployment/" + existing.getId() + "/redeploy";
        assertRefusedByUs(admin.camundaChange("POST", redeployThroughCockpit, "application/json", redeploy),
                redeployThroughCockpit);

        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("sneaky").count()).isZero();
    }

    @Test
    void aLeadCannotMakeThemselvesAnAdministratorButAnAdministratorCanManageUsers() throws Exception {
        String newUser = "{\"profile\": {\"id\": \"%s\", \"firstName\": \"I\", \"lastName\": \"N\"},"
                + " \"credentials\": {\"password\": \"intruder1234\"}}";
        String[] lead = Visitor.basic("lead", "demo");
        Visitor visitor = new Visitor(port);
        try {
            for (String path : new String[] {"/engine-rest/user/create", "/engine-rest/user/create/",
                    "/engine-rest/engine/default/user/create"}) {
                assertThat(visitor.send(visitor.request(path, lead).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(newUser.formatted("leadmade"))).build()).statusCode())
                        .as(path).isEqualTo(403);
            }
            for (String path : new String[] {"/engine-rest/group/" + Roles.ADMIN + "/members/lead",
                    "/engine-rest/engine/default/group/" + Roles.ADMIN + "/members/lead/"}) {
                assertThat(visitor.send(visitor.request(path, lead).PUT(HttpRequest.BodyPublishers.noBody()).build())
                        .statusCode()).as(path).isEqualTo(403);
            }
            for (String path : new String[] {"/engine-rest/authorization", "/engine-rest/tenant", "/engine-rest/identity/groups?userId=lead",
                    "/engine-rest/user", "/engine-rest/group"}) {
                assertThat(visitor.get(path, lead).statusCode()).as(path).isEqualTo(403);
            }
            Visitor leadInBrowser = new Visitor(port).signIn("lead", "demo");
            for (String path : new String[] {"/camunda/app/admin/default/", "/camunda/app/admin/default",
                    "/camunda/app/admin/scripts/config.js"}) {
                assertThat(leadInBrowser.get(path).statusCode()).as(path).isEqualTo(403);
            }
            assertRefusedByUs(leadInBrowser.change("POST", "/camunda/api/engine/engine/default/user/create",
                    "application/json", newUser.formatted("leadmade")), "user/create");
            assertRefusedByUs(leadInBrowser.change("PUT", "/camunda/api/engine/engine/default/group/"
                    + Roles.ADMIN + "/members/lead", "application/json", ""), "group membership");
            assertThat(identity.createUserQuery().userId("leadmade").count()).isZero();
            assertThat(identity.createUserQuery().userId("lead").memberOfGroup(Roles.ADMIN).count()).isZero();

            String[] admin = Visitor.basic("admin", "demo");
            assertThat(visitor.send(visitor.request("/engine-rest/user/create", admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(newUser.formatted("adminmade"))).build()).statusCode())
                    .isEqualTo(204);
            assertThat(visitor.send(visitor.request("/engine-rest/group/" + Roles.LEAD + "/members/adminmade", admin)
                    .PUT(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(204);
            Visitor adminInBrowser = new Visitor(port).signIn("admin", "demo");
            assertThat(adminInBrowser.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
            assertThat(adminInBrowser.camundaChange("POST", "/camunda/api/engine/engine/default/user/create",
                    "application/json", newUser.formatted("adminmade2")).statusCode()).isEqualTo(204);
            assertThat(identity.createUserQuery().userId("adminmade").memberOfGroup(Roles.LEAD).count()).isOne();
            assertThat(identity.createUserQuery().userId("adminmade2").count()).isOne();
        } finally {
            for (String user : new String[] {"leadmade", "adminmade", "adminmade2"}) {
                identity.deleteUser(user);
            }
            identity.deleteMembership("lead", Roles.ADMIN);
        }
    }

    /** Refused by SecurityConfig's rules, not by Camunda (whose refusals say what went wrong in a "type"). */
    private static void assertRefusedByUs(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what).isEqualTo(403);
        assertThat(answer.body()).as(what).doesNotContain("\"type\"");
    }
}
