package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEvent;
import org.lotuspathway.audit.AuditEventRepository;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attacks of issue 13 on Camunda's query expressions, replayed over real HTTP as a process
 * lead and as an administrator: in "orQueries", deeper down, escaped, with "#{", in the query
 * string, in a stored filter, and through the webapps' own API with a session and its XSRF token.
 * Every one is refused before Camunda evaluates anything: no file appears, nobody joins a group,
 * and the audit log has the refusal. The payloads are live: evaluated by a plain expression
 * manager, they do what they say.
 */
@PathwayTest
class EngineExpressionRequestTests {

    private static final String MEMBERSHIP = "${identityService.createMembership('lead','camunda-admin')}";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    FilterService filters;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    Path marker;
    WebappEngine webappEngine;

    @BeforeEach
    void webappsUseThisContextsEngine() {
        marker = temp.resolve("marker");
        webappEngine = WebappEngine.use(engine);
    }

    @AfterEach
    void andThenWhicheverTheyUsedBefore() {
        webappEngine.close();
    }

    @Test
    void thePayloadsDoWhatTheySayWhenEvaluated() throws Exception {
        JuelExpressionManager everything = new JuelExpressionManager(Map.of("identityService", identity));
        try {
            for (String payload : List.of(createsMarker('$'), createsMarker('#'), MEMBERSHIP)) {
                everything.createValueExpression(payload)
                        .getValue(everything.createElContext(Variables.emptyVariableContext()));
            }
            assertThat(marker).exists();
            assertThat(groupsOfLead()).contains(Roles.ADMIN);
        } finally {
            identity.deleteMembership("lead", Roles.ADMIN);
            Files.deleteIfExists(marker);
        }
    }

    @Test
    void queriesCarryingExpressionsAreRefusedToLeadsAndAdministratorsAlike() throws Exception {
        List<String> groupsBefore = groupsOfLead();
        String file = json(createsMarker('$'));
        List<String[]> requests = List.of(
                post("/engine-rest/task/count", "{\"orQueries\":[{\"candidateGroupExpression\":" + file + "}]}"),
                post("/engine-rest/task/count", "{\"orQueries\":[{\"candidateGroupExpression\":" + json(MEMBERSHIP) + "}]}"),
                post("/engine-rest/task", "{\"orQueries\":[{\"candidateGroup\":\"casemanager\"},"
                        + "{\"candidateUser\":\"lead\",\"assigneeExpression\":" + json(createsMarker('#')) + "}]}"),
                post("/engine-rest/engine/default/task/count/", "{\"processVariables\":[{\"name\":\"route\","
                        + "\"operator\":\"eq\",\"value\":" + file + "}]}"),
                post("/engine-rest/task/count", "{\"orQueries\":[{\"candidateGroup\\u0045xpression\":"
                        + file.replace("$", "\\u0024") + "}]}"),
                get("/engine-rest/task/count?candidateGroupExpression=" + url(createsMarker('$'))),
                get("/engine-rest/task?assigneeExpression=lead"),
                get("/engine-rest/task?candidateGroup=" + url(createsMarker('#'))),
                post("/engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"sneaky\","
                        + "\"query\":{\"candidateGroupExpression\":" + file + "}}"));

        for (String user : List.of("lead", "admin")) {
            for (String[] request : requests) {
                long lastLine = lastAuditLine(user);
                HttpResponse<String> answer = send(new Visitor(port), Visitor.basic(user, "demo"), request);
                assertRefusedAndRecorded(answer, user, request, lastLine);
            }
        }

        assertThat(marker).doesNotExist();
        assertThat(groupsOfLead()).isEqualTo(groupsBefore).doesNotContain(Roles.ADMIN);
        assertThat(filters.createFilterQuery().filterName("sneaky").count()).isZero();
    }

    @Test
    void aFilterStoredWithAnExpressionIsNeverEvaluated() throws Exception {
        TaskQuery withExpression = engine.getTaskService().createTaskQuery()
                .taskCandidateGroupExpression(createsMarker('$'));
        assertThatThrownBy(() -> filters.saveFilter(filters.newTaskFilter("sneaky").setQuery(withExpression)))
                .as("the engine stores no expression either").isInstanceOf(BadUserRequestException.class);

        // One stored before expressions were turned off, as an old database may hold.
        Filter stored = filters.saveFilter(filters.newTaskFilter("stored before").setQuery(
                engine.getTaskService().createTaskQuery().taskCandidateGroup("casemanager")));
        jdbc.update("update ACT_RU_FILTER set QUERY_ = ? where ID_ = ?",
                "{\"taskCandidateGroupExpression\":" + json(createsMarker('$')) + "}", stored.getId());
        try {
            String extended = "{\"candidateGroupExpression\":" + json(createsMarker('$')) + "}";
            for (String user : List.of("lead", "admin")) {
                for (String[] request : List.of(post("/engine-rest/filter/" + stored.getId() + "/count", extended),
                        post("/engine-rest/filter/" + stored.getId() + "/list", extended))) {
                    long lastLine = lastAuditLine(user);
                    HttpResponse<String> answer = send(new Visitor(port), Visitor.basic(user, "demo"), request);
                    assertRefusedAndRecorded(answer, user, request, lastLine);
                }
            }
            String[] count = get("/engine-rest/filter/" + stored.getId() + "/count");
            long lastLine = lastAuditLine("lead");
            assertRefusedAndRecorded(send(new Visitor(port), Visitor.basic("lead", "demo"), count), "lead", count,
                    lastLine);
            HttpResponse<String> byEngine = send(new Visitor(port), Visitor.basic("admin", "demo"), count);
            assertThat(byEngine.statusCode()).as("the engine's own refusal, with expressions off in stored queries")
                    .isEqualTo(400);
            assertThat(byEngine.body()).contains("Expressions are forbidden in stored queries");
        } finally {
            filters.deleteFilter(stored.getId());
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void theWebappsOwnEngineApiRefusesThemWithASessionAndItsXsrfToken() throws Exception {
        List<String> groupsBefore = groupsOfLead();
        String path = "/camunda/api/engine/engine/default/task/count";
        String body = "{\"orQueries\":[{\"candidateGroupExpression\":" + json(createsMarker('$')) + "}]}";

        for (String user : List.of("lead", "admin")) {
            Visitor signedIn = new Visitor(port).signIn(user, "demo");
            for (String[] request : List.of(post(path, body),
                    post(path, "{\"orQueries\":[{\"candidateGroupExpression\":" + json(MEMBERSHIP) + "}]}"),
                    post("/camunda/api/engine/engine/default/filter/create", "{\"resourceType\":\"Task\","
                            + "\"name\":\"sneaky\",\"query\":{\"assigneeExpression\":\"#{currentUser()}\"}}"))) {
                long lastLine = lastAuditLine(user);
                // The webapps give their XSRF token only to those they let in, administrators.
                HttpResponse<String> answer = user.equals("admin")
                        ? signedIn.camundaChange("POST", request[1], "application/json", request[2])
                        : signedIn.change("POST", request[1], "application/json", request[2]);
                assertRefusedAndRecorded(answer, user, request, lastLine);
            }
        }

        assertThat(marker).doesNotExist();
        assertThat(groupsOfLead()).isEqualTo(groupsBefore).doesNotContain(Roles.ADMIN);
        assertThat(filters.createFilterQuery().filterName("sneaky").count()).isZero();
    }

    @Test
    void anAdministratorsOrdinaryQueriesStillWork() throws Exception {
        Visitor admin = new Visitor(port).signIn("admin", "demo");
        String query = "{\"orQueries\":[{\"candidateGroup\":\"casemanager\"},{\"assignee\":\"casemanager\"}]}";

        assertThat(send(admin, Visitor.basic("admin", "demo"), post("/engine-rest/task/count", query)).body())
                .contains("\"count\"");
        HttpResponse<String> webapp = admin.camundaChange("POST", "/camunda/api/engine/engine/default/task/count",
                "application/json", query);
        assertThat(webapp.statusCode()).isEqualTo(200);
        assertThat(webapp.body()).contains("\"count\"");
    }

    /** A lead is refused by who they are (403), an administrator by what they sent (400); both are in the audit log. */
    private void assertRefusedAndRecorded(HttpResponse<String> answer, String user, String[] request, long lastLine) {
        String what = user + ": " + request[0] + " " + request[1];
        assertThat(answer.statusCode()).as(what).isEqualTo(user.equals("lead") ? 403 : 400);
        if (user.equals("admin")) {
            assertThat(answer.body()).as(what).contains("evaluates no expressions").doesNotContain("\"type\"");
        }
        String path = request[1].contains("?") ? request[1].substring(0, request[1].indexOf('?')) : request[1];
        assertThat(audit.findByActorOrderByIdAsc(user)).as(what).filteredOn(line -> line.id() > lastLine)
                .extracting(AuditEvent::action, line -> line.detail().orElse("").startsWith(request[0] + " " + path + " ("))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.REFUSED, true));
    }

    private long lastAuditLine(String user) {
        return audit.findByActorOrderByIdAsc(user).stream().mapToLong(AuditEvent::id).max().orElse(0);
    }

    private HttpResponse<String> send(Visitor visitor, String[] basic, String[] request) throws Exception {
        HttpRequest.Builder builder = visitor.request(request[1], basic);
        if (request[0].equals("GET")) {
            return visitor.send(builder.GET().build());
        }
        return visitor.send(builder.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request[2])).build());
    }

    /** An expression that creates the marker file, Java reached through reflection as in the issue. */
    private String createsMarker(char start) {
        return start + "{''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('"
                + marker + "').createNewFile() ? 'casemanager' : 'nobody'}";
    }

    private List<String> groupsOfLead() {
        return identity.createGroupQuery().groupMember("lead").list().stream().map(Group::getId).sorted().toList();
    }

    private static String[] post(String path, String body) {
        return new String[] {"POST", path, body};
    }

    private static String[] get(String path) {
        return new String[] {"GET", path, null};
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
