package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.security.Endpoints.noServerError;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.portal.PractitionerResponseRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.Endpoints.Endpoint;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API call, asked for by people who should not get it: nobody signed in, someone
 * with no role here or the wrong one, another practitioner, a form without its CSRF token, and
 * addresses and queries full of nonsense. Each is refused or answered harmlessly, and the server
 * never answers 500. The pages come from Spring MVC's own mappings ({@link Endpoints}), so pages
 * added later are covered too.
 */
@PathwayTest
class HostileRequestTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;
    @Autowired
    PractitionerResponseRepository responses;
    @Autowired
    TaskService tasks;

    /**
     * Open to anyone, signed in or not (speakup/, tested in SpeakUpReportDoorTests). Not asked here: a form
     * posted with spring-security-test's token would switch their cookie-kept tokens to a session.
     */
    static final Set<String> PUBLIC = Set.of("/speak-up", "/speak-up/raise", "/speak-up/follow-up", "/api/speak-up",
            "/api/speak-up/{accessCode}", "/oauth2/authorization/{registrationId}", "/sign-in/refused");

    @Test
    void theSuiteKnowsEveryPageThatMatters() {
        List<String> patterns = endpoints().stream().map(Endpoint::toString).toList();

        assertThat(patterns).contains("GET /tasks", "GET /tasks/{taskId}", "POST /tasks/{taskId}",
                "POST /tasks/{taskId}/claim", "POST /tasks/{taskId}/unclaim", "POST /tasks/{taskId}/assign",
                "GET /cases/{businessKey}", "GET /cases/{businessKey}/diagram", "POST /cases/{businessKey}/pause",
                "POST /cases/{businessKey}/resume", "GET /concerns/new", "POST /concerns", "GET /portal",
                "GET /portal/cases/{businessKey}", "POST /portal/cases/{businessKey}/responses",
                "GET /portal/letters/{updateId}", "GET /portal/letters/{updateId}/letter.pdf", "POST /api/concerns",
                "GET /api/concerns/{businessKey}", "GET /admin/outbox", "POST /admin/outbox/{id}/retry",
                "GET /admin/audit", "GET /admin/sign-in-locks", "POST /admin/sign-in-locks/unlock", "GET /cases", "GET /cases.csv", "GET /practitioners/{register}/{number}",
                "POST /practitioners/{register}/{number}/vetting", "GET /api/cases", "PUT /api/practitioners/{register}/{number}",
                "GET /api/cases/{businessKey}/tasks", "POST /api/tasks/{taskId}");
    }

    @Test
    void nobodySignedInIsSentToSignInOrToldToAuthenticate() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.pattern().equals("/login") || PUBLIC.contains(endpoint.pattern())) {
                continue;
            }
            MockHttpServletResponse withToken = perform(endpoint, endpoint.path(), null, true);
            if (endpoint.isApi()) {
                assertThat(withToken.getStatus()).as(endpoint.toString()).isEqualTo(401);
            } else {
                assertThat(withToken.getStatus()).as(endpoint.toString()).isEqualTo(302);
                assertThat(withToken.getRedirectedUrl()).as(endpoint.toString()).endsWith("/login");
            }
        }
    }

    @Test
    void someoneWithNoRoleHereReachesNothing() throws Exception {
        assertOnlyReaches(as("norole"), Set.of("/login"));
    }

    @Test
    void aPractitionerReachesOnlyThePortalAndTheirOwnCase() throws Exception {
        assertOnlyReaches(as("practitioner", Roles.PRACTITIONER), Set.of("/login", "/", "/portal",
                "/portal/cases/{businessKey}", "/portal/cases/{businessKey}/responses", "/portal/letters/{updateId}",
                "/portal/letters/{updateId}/letter.pdf", "/api/concerns/{businessKey}", "/portal/record",
                "/portal/record/{register}/{number}", "/portal/record/{register}/{number}/corrections",
                "/api/practitioners/{register}/{number}", "/portal/my-data", "/portal/my-data/{id}/export.zip"));
        mvc.perform(get("/api/concerns/{key}", Endpoints.NO_SUCH_CASE).with(as("practitioner", Roles.PRACTITIONER)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
    }

    @Test
    void aLessonsLibraryReaderReachesOnlyTheLibrary() throws Exception {
        List<String> allowed = new ArrayList<>(List.of("/login", "/"));
        endpoints().stream().map(Endpoint::pattern).filter(p -> p.startsWith("/learning")).forEach(allowed::add);
        assertOnlyReaches(as("learner", Roles.LEARNING), Set.copyOf(allowed));
    }

    @Test
    void eachTeamIsRefusedWhatIsNotItsWork() throws Exception {
        RequestPostProcessor caseManager = caseManager();
        RequestPostProcessor panel = as("pag", Roles.PANEL);
        RequestPostProcessor wellbeing = as("wellbeing", Roles.WELLBEING);
        RequestPostProcessor lead = as("lead", Roles.LEAD);
        RequestPostProcessor officer = as("ro", Roles.RESPONSIBLE_OFFICER);

        for (RequestPostProcessor notAnAdministrator : List.of(caseManager, panel, wellbeing, lead, officer)) {
            refused(get("/admin/outbox"), notAnAdministrator);
            refused(post("/admin/outbox/1/retry").with(csrf()), notAnAdministrator);
            refused(get("/admin/audit"), notAnAdministrator);
            refused(get("/admin/sign-in-locks"), notAnAdministrator);
            refused(get("/admin/subject-access"), notAnAdministrator);
            refused(get("/api/practitioners/GMC/7000001/export"), notAnAdministrator);
            refused(post("/admin/sign-in-locks/unlock").param("username", "casemanager").with(csrf()), notAnAdministrator);
            refused(get("/actuator/prometheus"), notAnAdministrator);
            refused(get("/actuator/info"), notAnAdministrator);
            refused(get("/portal"), notAnAdministrator);
        }
        for (RequestPostProcessor mayNotRaise : List.of(panel, wellbeing, lead)) {
            refused(get("/concerns/new"), mayNotRaise);
            refused(post("/concerns").with(csrf()), mayNotRaise);
            refused(post("/api/concerns").contentType(MediaType.APPLICATION_JSON).content("{}"), mayNotRaise);
        }
        for (RequestPostProcessor mayNotPause : List.of(panel, lead)) {
            refused(post("/cases/{key}/pause", Endpoints.NO_SUCH_CASE).param("reason", "Unwell").with(csrf()), mayNotPause);
        }
        for (RequestPostProcessor notALead : List.of(caseManager, panel, wellbeing, officer)) {
            for (Endpoint endpoint : endpoints()) {
                if (endpoint.pattern().startsWith("/modeler") || endpoint.pattern().equals("/api/deployments")) {
                    assertThat(perform(endpoint, endpoint.path(), notALead, true).getStatus()).as(endpoint.toString())
                            .isEqualTo(403);
                }
            }
        }
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        RequestPostProcessor admin = as("admin", Roles.ADMIN, Roles.CASE_MANAGER, Roles.RESPONSIBLE_OFFICER,
                Roles.LEAD);
        Map<String, String> real = Map.of("businessKey", key, "taskId", taskId);

        for (Endpoint endpoint : endpoints()) {
            if (endpoint.changes() && !endpoint.isApi()) {
                MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path(real));
                mvc.perform(request.with(admin).param("reason", "Unwell").param("assignee", "casemanager"))
                        .andExpect(noServerError()).andExpect(refusedForWantOfCsrf());
            }
        }

        assertThat(concerns.findByBusinessKey(key).orElseThrow().isPaused()).isFalse();
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void anotherPractitionerFindsNothingOfTheFirstOnesCase() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "LOCAL_REMEDIATION");
        driver.sendUpdate(key);
        long letter = updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow()).get(0)
                .id();
        String taskId = driver.openTasks(key).get(0).getId();
        Map<String, String> theirs = Map.of("businessKey", key, "updateId", String.valueOf(letter), "taskId", taskId,
                "id", String.valueOf(letter));
        RequestPostProcessor other = as("practitioner2", Roles.PRACTITIONER);

        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.hasVariables()) {
                continue;
            }
            MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path(theirs)).with(other)
                    .with(csrf()).param("kind", "COMMENT").param("message", "Not my case");
            MockHttpServletResponse response = mvc.perform(request).andExpect(noServerError()).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint.toString()).isIn(403, 404);
            assertThat(response.getContentAsString()).as(endpoint.toString())
                    .doesNotContain("Ann Example", "7000001", key, "referral");
        }
        assertThat(responses.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow())).isEmpty();
    }

    @Test
    void nonsenseInAddressesAndQueriesIsAnsweredCalmly() throws Exception {
        List<String> nonsense = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                "x".repeat(5_000), "-1", "../../etc/passwd", "PSC-2026-'; drop table concern; --");
        // An administrator who is in every team reaches the most code with the nonsense.
        RequestPostProcessor admin = as("admin", Roles.ADMIN, Roles.CASE_MANAGER, Roles.PANEL,
                Roles.RESPONSIBLE_OFFICER, Roles.WELLBEING, Roles.LEAD);

        for (Endpoint endpoint : endpoints()) {
            List<RequestPostProcessor> people = endpoint.hasVariables()
                    ? List.of(admin, as("practitioner", Roles.PRACTITIONER))
                    : List.of(admin, caseManager(), as("lead", Roles.LEAD), as("practitioner", Roles.PRACTITIONER));
            for (RequestPostProcessor person : people) {
                for (String value : endpoint.hasVariables() ? nonsense : List.of("<script>alert(1)</script>", "-1")) {
                    String template = endpoint.pattern().replaceAll("\\{\\*?([^}:]+)(:[^}]*)?}", "{$1}");
                    Object[] variables = Collections.nCopies(template.split("\\{", -1).length - 1, value).toArray();
                    MockHttpServletRequestBuilder request = request(endpoint.method(), template, variables).with(person);
                    if (!PUBLIC.contains(endpoint.pattern())) {
                        // csrf() would swap the public pages' cookie-kept tokens for session-kept ones for good
                        request.with(csrf());
                    }
                    if (!endpoint.changes()) {
                        for (String parameter : List.of("page", "view", "stage", "riskBand", "from", "to", "search",
                                "businessKey", "actor", "assignee")) {
                            request.param(parameter, value);
                        }
                    }
                    mvc.perform(request).andExpect(noServerError());
                }
            }
        }
        for (String page : List.of("-1", "2147483647", "99999999999", "abc")) {
            for (String path : List.of("/tasks", "/admin/outbox", "/admin/audit")) {
                mvc.perform(get(path).param("page", page).with(admin)).andExpect(noServerError());
            }
        }
    }

    private void assertOnlyReaches(RequestPostProcessor person, Set<String> allowed) throws Exception {
        for (Endpoint endpoint : endpoints()) {
            if (PUBLIC.contains(endpoint.pattern())) {
                continue;
            }
            MockHttpServletResponse response = perform(endpoint, endpoint.path(), person, true);
            if (allowed.contains(endpoint.pattern())) {
                continue;
            }
            if (endpoint.hasVariables()) {
                assertThat(response.getStatus()).as(endpoint.toString()).isIn(403, 404);
            } else {
                assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(403);
            }
        }
    }

    private void refused(MockHttpServletRequestBuilder request, RequestPostProcessor person) throws Exception {
        MvcResult result = mvc.perform(request.with(person)).andExpect(noServerError()).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getMethod() + " "
                + result.getRequest().getRequestURI()).isEqualTo(403);
    }

    private MockHttpServletResponse perform(Endpoint endpoint, String path, RequestPostProcessor person,
            boolean withCsrf) throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), path);
        if (person != null) {
            request.with(person);
        }
        if (withCsrf) {
            request.with(csrf());
        }
        if (endpoint.isApi() && endpoint.changes()) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return mvc.perform(request).andExpect(noServerError()).andReturn().getResponse();
    }

    private List<Endpoint> endpoints() {
        return Endpoints.all(mappings);
    }
}
