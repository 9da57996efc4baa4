package org.lotuspathway.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.lotuspathway.support.PostgresServer;

/**
 * The benchmark (docs/benchmark.md): on H2 and on PostgreSQL, full-pathway throughput through our
 * services against the same diagrams on a bare engine, task-list latency with 10,000 open cases
 * against Camunda's REST task query, the time to drain 10,000 due check-in timers, start-up time and
 * heap. Writes target/benchmark/results.md and results.json. Not a test: nothing here passes or fails.
 */
public final class Benchmark {

    static final Path OUT = Path.of("target", "benchmark");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = OUT.resolve("work");
        deleteRecursively(work);
        Files.createDirectories(work);
        System.setProperty(PostgresServer.DURABLE, "true");

        Map<String, Object> machine = machine();
        System.out.println("Benchmark on " + machine);
        List<Figures> figures = new ArrayList<>();
        for (Database database : Database.values()) {
            StartUpRun.StartUp restart = StartUpRun.measure(database, work.resolve("jar-" + database.name().toLowerCase()));
            figures.add(new DatabaseRun(database, work.resolve(database.name().toLowerCase()), restart).run());
        }
        machine.put("loadAverageAtEnd", loadAverage());
        write(machine, figures);
        System.out.println("Written to " + OUT.resolve("results.md").toAbsolutePath());
        System.exit(0);
    }

    private static Map<String, Object> machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        // When the figures were taken: the one wall-clock reading, in the benchmark (a program), not in any test.
        machine.put("when", java.time.Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS).toString());
        machine.put("commit", commit());
        machine.put("loadAverageAtStart", loadAverage());
        return machine;
    }

    /** The commit measured (with "+changes" when the working tree differs from it). */
    private static String commit() {
        try {
            String head = git("rev-parse", "HEAD");
            return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "+changes";
        } catch (IOException | InterruptedException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes()).trim();
        if (git.waitFor() != 0) {
            throw new IOException(output);
        }
        return output;
    }

    /** Other work on the machine skews every figure; the load average says how much there was. */
    private static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    private static void write(Map<String, Object> machine, List<Figures> figures) throws IOException {
        Files.createDirectories(OUT);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        // the two figures the goals are set in, per database: h2, postgresql
        for (Figures figure : figures) {
            Map<String, Object> ratios = new LinkedHashMap<>();
            ratios.put("throughputRatio", round(figure.oursOverBare()));
            ratios.put("startupRatio", roundOrNull(figure.startUp().oursOverBare()));
            ratios.put("startupRatioWithArchives", roundOrNull(figure.startUp().oursOverBareWithArchives()));
            json.put(figure.key(), ratios);
        }
        json.put("databases", figures);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(OUT.resolve("results.json").toFile(), json);
        Files.writeString(OUT.resolve("results.md"), markdown(machine, figures));
    }

    static String markdown(Map<String, Object> machine, List<Figures> figures) {
        StringBuilder md = new StringBuilder("""
                # Lotus Pathway benchmark

                %s, commit %s: %s processors, %s GiB memory, %s, %s; heap limit %s MB. Load average %s at
                the start, %s at the end.

                """.formatted(machine.get("when"), machine.get("commit"), machine.get("processors"), machine.get("memoryGiB"),
                machine.get("jdk"), machine.get("os"), machine.get("maxHeapMb"), machine.get("loadAverageAtStart"),
                machine.get("loadAverageAtEnd")));
        md.append("| | ").append(String.join(" | ", figures.stream().map(Figures::database).toList())).append(" |\n");
        md.append("|---|").append("---|".repeat(figures.size())).append('\n');
        row(md, figures, "Full pathway through our services (cases/s, %d cases after %d warm-up cases, low-risk path: 4 tasks)"
                .formatted(DatabaseRun.CASES, DatabaseRun.WARM_UP_CASES), f -> "%.1f".formatted(f.oursCasesPerSecond()));
        row(md, figures, "Same diagrams on a bare engine (cases/s)", f -> "%.1f".formatted(f.bareCasesPerSecond()));
        row(md, figures, "Ours / bare, `throughputRatio` (goal at least 0.8)", f -> "%.2f".formatted(f.oursOverBare()));
        row(md, figures, "Task list, first page for a case manager, `TaskListQuery.find` (ms, p50 / p95; a task changes before each call)",
                f -> f.taskListFind().toString());
        row(md, figures, "... the same for the Responsible Officer, whose team has none of those tasks (ms)",
                f -> f.smallTeamTaskListFind().toString());
        row(md, figures, "Camunda `TaskQuery` for the same group, in-process, `listPage(0, 25)` (ms)",
                f -> f.engineTaskQuery().toString());
        row(md, figures, "Our task list page `GET /tasks` over HTTP, signed in (ms)", f -> f.taskListPage().toString());
        row(md, figures, "Camunda REST `GET " + DatabaseRun.REST_TASK_QUERY + "`, HTTP Basic (ms)",
                f -> f.restTaskQuery().toString());
        row(md, figures, "Case register, first page of all cases, `CaseRegister.search` (ms, p50 / p95)",
                f -> f.register().firstPage().toString());
        row(md, figures, "... first page of a name search (\"" + RegisterRun.NAME_SEARCH + "\", the start of any word) (ms)",
                f -> f.register().nameSearch().toString());
        row(md, figures, "... first page of a registration-number search (a practitioner's GMC number) (ms)",
                f -> f.register().numberSearch().toString());
        row(md, figures, "Our register page `GET /cases` over HTTP, signed in (ms)", f -> f.register().page().toString());
        row(md, figures, "Our register API `GET /api/cases?page=0`, HTTP Basic (ms)", f -> f.register().api().toString());
        row(md, figures, "Camunda REST task query (as above), in the same round of calls (ms)",
                f -> f.register().restTaskQuery().toString());
        row(md, figures, "Cases in the register while measuring it (all but the open cases added by bulk SQL inserts, s)",
                f -> "%,d (%.0f s)".formatted(f.register().cases(), f.register().seedingSeconds()));
        row(md, figures, "Open cases while measuring the task list (seeded in, s)",
                f -> "%,d (%.0f s)".formatted(f.openCases(), f.seedingSeconds()));
        row(md, figures, "Draining due check-in timers, job executor as shipped (s)",
                f -> "%,d in %.0f s".formatted(f.dueTimers(), f.drainSeconds()));
        row(md, figures, "... of which the idle job executor took to look (s)",
                f -> "%.0f".formatted(f.drainWaitForExecutorSeconds()));
        row(md, figures, "... then timers fired a second", f -> "%.0f".formatted(f.timersPerSecond()));
        row(md, figures, "Start-up in this JVM, first start on an empty database (s)", f -> "%.1f".formatted(f.startUpSeconds()));
        row(md, figures, "Restart of the packaged jar, `java -jar` to ready (s, median of %d)".formatted(StartUpRun.RESTARTS),
                f -> f.startUp().ours() == null ? "not measured (no jar)" : "%.1f".formatted(f.startUp().ours()));
        row(md, figures, "Restart of a bare Camunda Spring Boot application, same starters and diagrams, to `"
                + StartUpRun.BARE_READY + "` (s)",
                f -> f.startUp().bare() == null ? "not measured (no jar)" : "%.1f".formatted(f.startUp().bare()));
        row(md, figures, "Ours / bare, `startupRatio` (goal at most 1.3)",
                f -> f.startUp().oursOverBare() == null ? "-" : "%.2f".formatted(f.startUp().oursOverBare()));
        row(md, figures, "The same restarts, each extracted and with a class-data-sharing archive of its own, ours / bare (s)",
                f -> f.startUp().oursOverBareWithArchives() == null ? "-" : "%.1f / %.1f = %.2f".formatted(
                        f.startUp().oursWithArchive(), f.startUp().bareWithArchive(), f.startUp().oursOverBareWithArchives()));
        row(md, figures, "Heap used after start-up, after a full GC (MB)", f -> String.valueOf(f.heapAfterStartUpMb()));
        row(md, figures, "Peak heap used under load: seeding, task list, draining (MB)",
                f -> String.valueOf(f.peakHeapUnderLoadMb()));
        return md.toString();
    }

    private static Double roundOrNull(Double ratio) {
        return ratio == null ? null : round(ratio);
    }

    private static double round(double ratio) {
        return Math.round(ratio * 1000) / 1000.0;
    }

    private static void row(StringBuilder md, List<Figures> figures, String label, Function<Figures, String> value) {
        md.append("| ").append(label).append(" | ")
                .append(String.join(" | ", figures.stream().map(value).toList())).append(" |\n");
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
