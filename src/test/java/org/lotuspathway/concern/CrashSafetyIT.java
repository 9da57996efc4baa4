package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PackagedApp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Crash safety of the packaged app on its default H2 file database: a stream of intakes (our API)
 * and triage assignments and completions (Camunda's REST API, as an administrator) is cut by
 * SIGKILL; after a restart on the same files, every request that was acknowledged is there exactly
 * once, every case is at one consistent step, and the outbox holds one email per assignment that
 * happened, none for one that did not. Run by {@code ./mvnw verify} (failsafe, after package).
 */
class CrashSafetyIT {

    static final String SUMMARY = "Crash test ";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Starts sooner; how fast the app runs does not matter here. */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    @TempDir
    Path workingDirectory;

    /** What the app said yes to: case reference by summary, assigned task ids, triaged case references. */
    final Map<String, String> raised = new ConcurrentHashMap<>();
    final Set<String> assigned = ConcurrentHashMap.newKeySet();
    final Set<String> triaged = ConcurrentHashMap.newKeySet();
    final AtomicBoolean killed = new AtomicBoolean();
    final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @Test
    void everyAcknowledgedRequestSurvivesAKillExactlyOnceAndEveryCaseIsAtOneStep() throws Exception {
        String firstRunLog;
        try (PackagedApp app = PackagedApp.start(workingDirectory, QUICK_START)) {
            app.awaitReady(Duration.ofSeconds(120));
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread client = new Thread(() -> work(app), "client-" + i);
                client.start();
                clients.add(client);
            }
            waitUntil(() -> (raised.size() >= 40 && triaged.size() >= 10) || !failures.isEmpty(), Duration.ofSeconds(60));
            killed.set(true);
            app.kill();
            firstRunLog = app.firstErrorInLog();
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(40).toMillis());
            }
        }
        assertThat(failures).as("requests that failed before the kill; the app logged:\n" + firstRunLog).isEmpty();

        try (PackagedApp restarted = PackagedApp.start(workingDirectory, QUICK_START)) {
            restarted.awaitReady(Duration.ofSeconds(120));
            for (Map.Entry<String, String> concern : raised.entrySet()) {
                HttpResponse<String> shown = send(restarted, "GET", "/api/concerns/" + concern.getValue(), null,
                        "casemanager");
                assertThat(shown.statusCode()).as(concern.getValue()).isEqualTo(200);
                String stage = JSON.readTree(shown.body()).get("stage").asText();
                if (triaged.contains(concern.getValue())) {
                    assertThat(stage).as(concern.getValue()).isEqualTo("INVESTIGATION");
                } else {
                    assertThat(stage).as(concern.getValue()).isIn("TRIAGE", "INVESTIGATION");
                }
            }
            restarted.stop();
        }

        checkTheDatabase();
    }

    /** One client: raise a concern, give its triage to a case manager, complete it; again, until the kill. */
    private void work(PackagedApp app) {
        while (!killed.get()) {
            try {
                String summary = SUMMARY + UUID.randomUUID();
                HttpResponse<String> created = send(app, "POST", "/api/concerns", """
                        {"practitioner": {"name": "Dr Crash Test", "profession": "GP", "register": "GMC",
                         "registerNumber": "7000123"}, "source": "PATIENT", "concernAreas": ["CLINICAL"],
                         "summary": "%s", "receivedOn": "2026-11-02"}""".formatted(summary), "casemanager");
                expect(201, created);
                String key = JSON.readTree(created.body()).get("businessKey").asText();
                raised.put(summary, key);

                JsonNode tasks = JSON.readTree(send(app, "GET", "/engine-rest/task?processInstanceBusinessKey=" + key
                        + "&taskDefinitionKey=" + ConcernPathway.TASK_TRIAGE_CONCERN, null, "admin").body());
                String taskId = tasks.get(0).get("id").asText();
                expect(204, send(app, "POST", "/engine-rest/task/" + taskId + "/assignee", """
                        {"userId": "casemanager"}""", "admin"));
                assigned.add(taskId);
                expect(204, send(app, "POST", "/engine-rest/task/" + taskId + "/complete", """
                        {"variables": {"likelihood": {"value": "3"}, "impact": {"value": "3"},
                         "insight": {"value": "FULL"}, "triageNotes": {"value": "Moderate: investigate."}}}""",
                        "admin"));
                triaged.add(key);
            } catch (IOException | RuntimeException e) {
                if (!killed.get()) {
                    failures.add(e);
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void checkTheDatabase() throws SQLException {
        String url = "jdbc:h2:file:" + workingDirectory.resolve("data/lotus-pathway");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            JdbcTemplate db = new JdbcTemplate(new SingleConnectionDataSource(connection, true));

            // every acknowledged intake is there exactly once, under the reference it was given
            for (Map.Entry<String, String> concern : raised.entrySet()) {
                assertThat(db.queryForList("select business_key from concern where summary = ?", String.class,
                        concern.getKey())).as(concern.getKey()).containsExactly(concern.getValue());
            }
            // every case that exists (acknowledged or not) has exactly one pathway, and every pathway a case
            List<String> cases = db.queryForList("select business_key from concern where summary like ?",
                    String.class, SUMMARY + "%");
            assertThat(cases).hasSizeGreaterThanOrEqualTo(raised.size());
            for (String key : cases) {
                assertThat(db.queryForObject("""
                        select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
                        where e.BUSINESS_KEY_ = ? and e.PARENT_ID_ is null and d.KEY_ = ?""", Long.class, key,
                        ConcernPathway.ID)).as("pathways of " + key).isEqualTo(1);
            }
            assertThat(db.queryForObject("""
                    select count(*) from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = ?
                    and not exists (select 1 from concern c where c.business_key = p.BUSINESS_KEY_)""", Long.class,
                    ConcernPathway.ID)).as("pathways without a case").isZero();

            // each case is at triage with no assessment, or past it with exactly one, and its stage agrees
            for (String key : cases) {
                long assessments = db.queryForObject("""
                        select count(*) from triage_assessment t join concern c on c.id = t.concern_id
                        where c.business_key = ?""", Long.class, key);
                List<String> openTasks = db.queryForList("""
                        select t.TASK_DEF_KEY_ from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                        where e.BUSINESS_KEY_ = ?""", String.class, key);
                String stage = db.queryForObject("select stage from concern where business_key = ?", String.class, key);
                if (assessments == 0) {
                    assertThat(triaged).as("acknowledged triage of " + key).doesNotContain(key);
                    assertThat(openTasks).as(key).containsExactly(ConcernPathway.TASK_TRIAGE_CONCERN);
                    assertThat(stage).as(key).isEqualTo("TRIAGE");
                } else {
                    assertThat(assessments).as("assessments of " + key).isEqualTo(1);
                    assertThat(openTasks).as(key).containsExactly(ConcernPathway.TASK_GATHER_INFORMATION);
                    assertThat(stage).as(key).isEqualTo("INVESTIGATION");
                }
            }

            // one email per assignment that happened: none lost, none twice, none for one that did not
            List<String> emailed = db.queryForList("""
                    select event_key from notification where event_key like 'task-assigned:%' and status = 'PENDING'""",
                    String.class);
            List<String> assignedInHistory = db.queryForList("""
                    select ID_ from ACT_HI_TASKINST where TASK_DEF_KEY_ = ? and ASSIGNEE_ = 'casemanager'""",
                    String.class, ConcernPathway.TASK_TRIAGE_CONCERN);
            assertThat(emailed).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(assignedInHistory.stream()
                            .map(taskId -> "task-assigned:" + taskId + ":casemanager").toList());
            assertThat(assignedInHistory).as("acknowledged assignments").containsAll(assigned);
            assertThat(db.queryForObject("select count(*) from notification", Long.class))
                    .as("every email waits in the outbox, as mail is off").isEqualTo(emailed.size());
        }
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static HttpResponse<String> send(PackagedApp app, String method, String path, String json, String user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The stream did not get far enough within " + timeout);
            }
            Thread.sleep(20);
        }
    }
}
