package org.lotuspathway.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.lotuspathway.LotusPathwayApplication;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.TestStaff;
import org.lotuspathway.worklist.FirstPage;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every measurement on one database, against the app started in this JVM as it ships (job executor on). */
final class DatabaseRun {

    /**
     * Cases each side walks before the clock starts. The JIT needs some hundreds to settle, and
     * until it has, the side with more code of its own (ours) is measured mostly compiling it.
     */
    static final int WARM_UP_CASES = Integer.getInteger("benchmark.warm-up-cases", 200);
    /** Smaller numbers for a quick look: -Dbenchmark.cases=20 -Dbenchmark.open-cases=500. */
    static final int CASES = Integer.getInteger("benchmark.cases", 200);
    static final int OPEN_CASES = Integer.getInteger("benchmark.open-cases", 10_000);
    static final int SEED_BATCH = 200;
    static final int WARM_UP_CALLS = 30;
    static final int SAMPLES = 300;
    static final CurrentUser CASE_MANAGER = new CurrentUser("casemanager", Set.of(Roles.CASE_MANAGER));
    static final CurrentUser RESPONSIBLE_OFFICER = new CurrentUser("ro", Set.of(Roles.RESPONSIBLE_OFFICER));
    static final String REST_TASK_QUERY = "/engine-rest/task?candidateGroup=casemanager&firstResult=0&maxResults=25";

    private final Database database;
    private final Path work;
    private final StartUpRun.StartUp startUp;

    DatabaseRun(Database database, Path work, StartUpRun.StartUp startUp) {
        this.database = database;
        this.work = work;
        this.startUp = startUp;
    }

    Figures run() throws Exception {
        List<String> arguments = database.appArguments(work);
        arguments.addAll(List.of("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        long starting = System.nanoTime();
        // TestStaff adds the staff users a profile without demo users lacks (nothing for the default profile)
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LotusPathwayApplication.class,
                TestStaff.class).run(arguments.toArray(String[]::new))) {
            double startUpSeconds = secondsSince(starting);
            long heapAfterStartUp = HeapWatch.settledMegabytes();
            log("started in %.1f s, heap %d MB", startUpSeconds, heapAfterStartUp);

            double[] throughput;
            try (BareEngine bareEngine = database.bareEngine(work)) {
                throughput = casesPerSecond(i -> OurServicesWalk.walk(app, i, step -> { }), i -> bareEngine.walk("BARE-" + i, step -> { }));
            }
            double ours = throughput[0];
            double bare = throughput[1];
            log("full pathway: ours %.1f cases/s, bare engine %.1f cases/s", ours, bare);

            try (HeapWatch heap = new HeapWatch()) {
                long seeding = System.nanoTime();
                seed(app);
                double seeded = secondsSince(seeding);
                log("seeded %d open cases in %.0f s", OPEN_CASES, seeded);

                TaskService tasks = app.getBean(TaskService.class);
                HttpProbe http = new HttpProbe(((WebServerApplicationContext) app).getWebServer().getPort());
                http.signIn("casemanager", TestStaff.PASSWORD);
                var firstPage = FirstPage.of(app, CASE_MANAGER);
                var smallTeamsFirstPage = FirstPage.of(app, RESPONSIBLE_OFFICER);
                if (firstPage.get().items().size() != 25 || !http.page("/tasks").contains("PSC-")) {
                    throw new IllegalStateException("The task list does not show a full first page");
                }
                List<Latency> latencies = Latency.ofEach(WARM_UP_CALLS, SAMPLES, aTaskChanges(tasks), List.of(
                        firstPage::get,
                        () -> tasks.createTaskQuery().taskCandidateGroup(Roles.CASE_MANAGER).listPage(0, 25),
                        () -> http.page("/tasks"),
                        () -> http.rest(REST_TASK_QUERY, database.adminUser(), database.adminPassword()),
                        smallTeamsFirstPage::get));
                Latency find = latencies.get(0);
                Latency query = latencies.get(1);
                Latency page = latencies.get(2);
                Latency rest = latencies.get(3);
                Latency smallTeamFind = latencies.get(4);
                log("task list p50/p95 ms: TaskListQuery.find %s, TaskQuery %s, page %s, REST %s, small team's find %s", find,
                        query, page, rest, smallTeamFind);

                RegisterRun.RegisterFigures register = RegisterRun.measure(app, http, database, aTaskChanges(tasks));
                log("register of %d cases (%.0f s to add) p50/p95 ms: first page %s, by name %s, by number %s, page %s, "
                        + "API %s, REST task query %s", register.cases(), register.seedingSeconds(), register.firstPage(),
                        register.nameSearch(), register.numberSearch(), register.page(), register.api(),
                        register.restTaskQuery());

                Drain drain = drainCheckIns(app);
                log("drained %d due check-ins in %.0f s (%.0f s before the first fired)", drain.timers, drain.total,
                        drain.waitForExecutor);
                return new Figures(database.label, startUpSeconds, startUp, heapAfterStartUp, heap.peakMegabytes(),
                        CASES, ours, bare, OPEN_CASES, seeded, find, smallTeamFind, query, page, rest, drain.timers, drain.total,
                        drain.waitForExecutor, drain.timers / (drain.total - drain.waitForExecutor), register);
            }
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * A task's priority changes before each call, as tasks change while a team works: so that
     * neither our page nor Camunda's query is answered from H2's cache of an unchanged table's
     * results (PostgreSQL keeps no such cache).
     */
    private static Runnable aTaskChanges(TaskService tasks) {
        String taskId = tasks.createTaskQuery().taskCandidateGroup(Roles.CASE_MANAGER).listPage(0, 1).get(0).getId();
        int[] priority = {0};
        return () -> tasks.setPriority(taskId, 50 + priority[0]++ % 2);
    }

    /**
     * Cases a second, ours and the bare engine's, one case each in turn: both see the same JIT
     * warmth and whatever else the machine is doing.
     */
    private static double[] casesPerSecond(IntConsumer ours, IntConsumer bare) {
        for (int i = 0; i < WARM_UP_CASES; i++) {
            ours.accept(-1 - i);
            bare.accept(-1 - i);
        }
        long oursNanos = 0;
        long bareNanos = 0;
        for (int i = 0; i < CASES; i++) {
            long start = System.nanoTime();
            ours.accept(i);
            long middle = System.nanoTime();
            bare.accept(i);
            oursNanos += middle - start;
            bareNanos += System.nanoTime() - middle;
        }
        return new double[] {CASES / (oursNanos / 1e9), CASES / (bareNanos / 1e9)};
    }

    /** Open cases waiting at triage, raised through intake in transactions of {@value #SEED_BATCH}. */
    private static void seed(ConfigurableApplicationContext app) {
        ConcernIntake intake = app.getBean(ConcernIntake.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        for (int batch = 0; batch < OPEN_CASES / SEED_BATCH; batch++) {
            int first = batch * SEED_BATCH;
            transaction.executeWithoutResult(status -> {
                for (int i = first; i < first + SEED_BATCH; i++) {
                    intake.raise(OurServicesWalk.concern(5_000_000 + i), CASE_MANAGER.name());
                }
            });
        }
    }

    private record Drain(long timers, double total, double waitForExecutor) {
    }

    /** Every open case's check-in falls due at once; the job executor, as configured, fires them. */
    private static Drain drainCheckIns(ConfigurableApplicationContext app) throws InterruptedException {
        ManagementService management = app.getBean(ManagementService.class);
        LongSupplier due = () -> management.createJobQuery().activityId(ConcernPathway.EVENT_CHECK_IN_DUE)
                .duedateLowerThan(ClockUtil.now()).count();
        ClockUtil.offset(Duration.ofDays(14).plusMinutes(1).toMillis());
        long start = System.nanoTime();
        long timers = due.getAsLong();
        while (due.getAsLong() == timers) {
            Thread.sleep(100);
        }
        double waitForExecutor = secondsSince(start);
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (due.getAsLong() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The check-ins did not drain within 30 minutes");
            }
            Thread.sleep(200);
        }
        return new Drain(timers, secondsSince(start), waitForExecutor);
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private void log(String format, Object... values) {
        System.out.println("[" + database + "] " + format.formatted(values));
    }
}
