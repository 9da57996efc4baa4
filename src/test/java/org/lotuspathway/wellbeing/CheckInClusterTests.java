package org.lotuspathway.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.lotuspathway.LotusPathwayApplication;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PostgresServer;
import org.lotuspathway.support.PostgresSettings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.lotuspathway.support.TestClock;

/**
 * Two application nodes on one PostgreSQL database, each with its job executor, share the work as
 * a Camunda 7 cluster does: a job is locked by the node that acquires it, and a lock outlives its
 * node only until it expires. 1,000 check-ins fall due at once; each fires exactly once, both nodes
 * fire some, and when one node stops with jobs still locked, the other fires them once the locks
 * expire. Both nodes run in this JVM, so they share the engine clock the test moves.
 */
class CheckInClusterTests {

    static final int CASES = 1000;
    static final Duration LOCK_TIME = Duration.ofSeconds(5);
    static final Duration DEADLINE = Duration.ofSeconds(60);


    @Test
    void dueCheckInsFireExactlyOnceAcrossTwoNodesAndSurviveOneStopping() {
        String database = PostgresServer.database("cluster");
        // node-a works alone on a large queue, so it always holds jobs it has locked and not yet run
        try (ConfigurableApplicationContext nodeA = start(database, "node-a", 1, 50, 25)) {
            // node-a made the schema; node-b starts meanwhile, while node-a takes the cases in
            CompletableFuture<ConfigurableApplicationContext> startingB = CompletableFuture.supplyAsync(
                    () -> start(database, "node-b", 2, 10, 5));
            try {
                raiseCases(nodeA);
            } catch (RuntimeException | Error failure) {
                startingB.join().close();
                throw failure;
            }
            try (ConfigurableApplicationContext nodeB = startingB.join()) {
                fireCheckIns(nodeA, nodeB);
            }
        }
    }

    private static void fireCheckIns(ConfigurableApplicationContext nodeA, ConfigurableApplicationContext nodeB) {
        HistoryService history = nodeB.getBean(HistoryService.class);
        ManagementService management = nodeB.getBean(ManagementService.class);
        JdbcTemplate db = nodeB.getBean(JdbcTemplate.class);
        String lockOwnerA = ((ProcessEngineConfigurationImpl) nodeA.getBean(ProcessEngine.class)
                .getProcessEngineConfiguration()).getJobExecutor().getLockOwner();

        // Every case's first check-in falls due; the clock runs on from there.
        TestClock.startAt(TestClock.now().plus(Duration.ofDays(14).plusMinutes(1)));

        waitUntil("both nodes have fired check-ins", () -> fired(history, "node-a") >= 20 && fired(history, "node-b") >= 20);
        nodeA.close();
        List<String> leftLockedByA = db.queryForList("select ID_ from ACT_RU_JOB where LOCK_OWNER_ = ?",
                String.class, lockOwnerA);
        assertThat(leftLockedByA).as("jobs node-a had locked and not run when it stopped").isNotEmpty();

        waitUntil("every due check-in has fired", () -> management.createJobQuery()
                .activityId(ConcernPathway.EVENT_CHECK_IN_DUE).duedateLowerThan(java.util.Date.from(TestClock.now())).count() == 0);

        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ConcernPathway.CHECK_IN_ID)
                .count()).as("check-ins started").isEqualTo(CASES);
        assertThat(db.queryForList("""
                select BUSINESS_KEY_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = ?
                group by BUSINESS_KEY_ having count(*) > 1""", String.class, ConcernPathway.CHECK_IN_ID))
                .as("cases with more than one check-in").isEmpty();
        assertThat(db.queryForObject("select count(distinct BUSINESS_KEY_) from ACT_HI_PROCINST where PROC_DEF_KEY_ = ?",
                Long.class, ConcernPathway.CHECK_IN_ID)).as("cases with a check-in").isEqualTo(CASES);
        List<HistoricJobLog> firings = history.createHistoricJobLogQuery()
                .activityIdIn(ConcernPathway.EVENT_CHECK_IN_DUE).successLog().list();
        assertThat(firings).as("each due timer fired once").hasSize(CASES)
                .extracting(HistoricJobLog::getJobId).doesNotHaveDuplicates();
        assertThat(firings).extracting(HistoricJobLog::getHostname).contains("node-a", "node-b");
        assertThat(firings).filteredOn(firing -> leftLockedByA.contains(firing.getJobId()))
                .as("node-a's leftovers, fired by node-b once their locks expired").hasSize(leftLockedByA.size())
                .allSatisfy(firing -> assertThat(firing.getHostname()).isEqualTo("node-b"));
        assertThat(management.createJobQuery().activityId(ConcernPathway.EVENT_CHECK_IN_DUE).count())
                .as("each case waits for its next check-in").isEqualTo(CASES);
    }

    private static ConfigurableApplicationContext start(String database, String hostname, int threads, int queue,
            int jobsPerAcquisition) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                // the webapps keep their engine in static fields, which the shared test context needs
                "--camunda.bpm.webapp.enabled=false",
                // two engines in one JVM need their own names (letters and digits only)
                "--camunda.bpm.process-engine-name=" + hostname.replace("-", ""),
                // tells the nodes apart in the job log, though they share this machine's name
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.deployment-aware=false",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                "--camunda.bpm.job-execution.wait-time-in-millis=100",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.job-execution.core-pool-size=" + threads,
                "--camunda.bpm.job-execution.max-pool-size=" + threads,
                "--camunda.bpm.job-execution.queue-capacity=" + queue,
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=" + jobsPerAcquisition,
                "--lotus.mail.send-on-schedule=false"));
        PostgresSettings.forDatabase(database).forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(LotusPathwayApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Raised in transactions of 100, which is quicker than one at a time; each starts its pathway and timer. */
    private static void raiseCases(ConfigurableApplicationContext node) {
        ConcernIntake intake = node.getBean(ConcernIntake.class);
        TransactionTemplate transaction = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
        for (int batch = 0; batch < CASES / 100; batch++) {
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < 100; i++) {
                    intake.raise(PathwayDriver.concernAbout("Dr Cluster Test", "7654321"), "casemanager");
                }
            });
        }
    }

    private static long fired(HistoryService history, String hostname) {
        return history.createHistoricJobLogQuery().activityIdIn(ConcernPathway.EVENT_CHECK_IN_DUE).successLog()
                .hostname(hostname).count();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + DEADLINE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what, e);
            }
        }
    }
}
