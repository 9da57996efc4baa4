package org.lotuspathway.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import org.lotuspathway.LotusPathwayApplication;
import org.lotuspathway.support.TestStaff;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where a full-pathway case spends its time (docs/benchmark.md, "Where the time goes"): the
 * benchmark's walk, ours and the bare engine's in turn, with the time and the SQL statements of
 * each step, then the hot methods of our walk from a flight recording. A program, not a test:
 *
 * <pre>java -XX:FlightRecorderOptions:stackdepth=512 -cp "target/test-classes:target/classes:$(cat classpath)" \
 *     org.lotuspathway.benchmark.PathwayProfile [postgresql]</pre>
 *
 * (JFR keeps 64 frames of a stack unless told otherwise, fewer than a listener runs under.) With
 * {@code -Dprofile.sql=true} it lists each step's SQL; {@code -Dprofile.under=Class.method} keeps the
 * samples with that method on the stack; {@code -Dprofile.record=bare} records the bare engine's walk instead of ours.
 */
public final class PathwayProfile {

    private static final int WARM_UP = Integer.getInteger("profile.warm-up-cases", 200);
    private static final int CASES = Integer.getInteger("profile.cases", 200);

    private PathwayProfile() {
    }

    public static void main(String[] args) throws Exception {
        Database database = args.length > 0 && args[0].equalsIgnoreCase("postgresql") ? Database.POSTGRESQL : Database.H2;
        Path work = Benchmark.OUT.resolve("profile-" + database.name().toLowerCase());
        Files.createDirectories(work);
        StatementCounter ourStatements = new StatementCounter();
        StatementCounter bareStatements = new StatementCounter();
        List<String> arguments = database.appArguments(work);
        arguments.addAll(List.of("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LotusPathwayApplication.class, TestStaff.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(counting(ourStatements)))
                .run(arguments.toArray(String[]::new));
                BareEngine bare = database.bareEngine(work, bareStatements::counting)) {
            for (int i = 0; i < WARM_UP; i++) {
                OurServicesWalk.walk(app, -1 - i, step -> { });
                bare.walk("BARE-W" + i, step -> { });
            }
            ourStatements.reset();
            bareStatements.reset();
            StepClock ours = new StepClock();
            StepClock bareClock = new StepClock();
            for (int i = 0; i < CASES; i++) {
                OurServicesWalk.walk(app, i, ours.andThen(StatementCounter::step));
                bare.walk("BARE-" + i, bareClock.andThen(StatementCounter::step));
            }
            boolean recordBare = "bare".equals(System.getProperty("profile.record"));
            Path recordingFile = work.resolve(recordBare ? "bare.jfr" : "ours.jfr");
            try (Recording recording = new Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
                recording.start();
                for (int i = 0; i < CASES; i++) {
                    if (recordBare) {
                        bare.walk("BARE-R" + i, step -> { });
                    } else {
                        OurServicesWalk.walk(app, CASES + i, step -> { });
                    }
                }
                recording.stop();
                recording.dump(recordingFile);
            }
            System.out.printf("%n%s, %d cases each after %d warm-up cases%n", database.label, CASES, WARM_UP);
            System.out.println("| Step | Ours (ms) | Bare engine (ms) | Our statements: engine tables / ours | Bare engine's "
                    + "| Our commits (ms) | Bare engine's |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (String step : ours.steps()) {
                Map<String, Long> our = ourStatements.perStep(CASES).getOrDefault(step, Map.of());
                Map<String, Long> its = bareStatements.perStep(CASES).getOrDefault(step, Map.of());
                System.out.printf("| %s | %.1f | %.1f | %s / %s | %s | %s in %.1f | %s in %.1f |%n", step,
                        ours.millisPerCase(step, CASES), bareClock.millisPerCase(step, CASES), total(our, "engine"),
                        total(our, "ours"), total(its, "engine"), our.getOrDefault("commits", 0L),
                        our.getOrDefault("commit µs", 0L) / 1000.0, its.getOrDefault("commits", 0L),
                        its.getOrDefault("commit µs", 0L) / 1000.0);
            }
            System.out.printf("| whole case | %.1f | %.1f | | | | |%n", ours.millisPerCase(null, CASES),
                    bareClock.millisPerCase(null, CASES));
            if (Boolean.getBoolean("profile.sql")) {
                ourStatements.perStep(CASES).forEach((step, counts) -> {
                    System.out.println("\n" + step);
                    counts.forEach((sql, count) -> System.out.println("  " + count + "  " + sql));
                });
            }
            hotMethods(recordingFile);
        }
        System.exit(0);
    }

    private static long total(Map<String, Long> counts, String kind) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(kind + " ")).mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static BeanPostProcessor counting(StatementCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? counter.counting(dataSource) : bean;
            }
        };
    }

    /** Methods by the share of the main thread's samples they were on the stack for, and by where the time was spent. */
    private static void hotMethods(Path recordingFile) throws Exception {
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        String under = System.getProperty("profile.under", "");
        String notUnder = System.getProperty("profile.not-under", "");
        for (RecordedEvent event : RecordingFile.readAllEvents(recordingFile)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || !"main".equals(event.getThread("sampledThread").getJavaName())) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!under.isEmpty() && frames.stream().noneMatch(frame -> name(frame).equals(under))
                    || !notUnder.isEmpty() && frames.stream().anyMatch(frame -> name(frame).equals(notUnder))) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        int total = samples;
        System.out.printf("%nHot methods, %d samples of the main thread in %s %s%n", total, recordingFile.getFileName(), under);
        print("Our listeners (inclusive)", inclusive, total,
                name -> name.startsWith("org.lotuspathway") && name.endsWith(".notify"), 20);
        print("Ours on the stack (inclusive)", inclusive, total, name -> name.startsWith("org.lotuspathway"), 45);
        print("Any on the stack (inclusive)", inclusive, total, name -> !name.startsWith("org.lotuspathway"), 60);
        print("Where the time was spent (self)", self, total, name -> true, 30);
    }

    private static void print(String title, Map<String, Integer> counts, int total,
            java.util.function.Predicate<String> which, int limit) {
        System.out.println("\n" + title);
        new ArrayList<>(counts.entrySet()).stream().filter(e -> which.test(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** Nanoseconds per step, from each step's start to the next's. */
    private static final class StepClock implements Consumer<String> {
        private final Map<String, Long> nanos = new java.util.LinkedHashMap<>();
        private String step;
        private long since;

        @Override
        public void accept(String next) {
            long now = System.nanoTime();
            if (step != null) {
                nanos.merge(step, now - since, Long::sum);
                nanos.merge("\0whole", now - since, Long::sum);
            }
            step = next;
            since = now;
        }

        List<String> steps() {
            return nanos.keySet().stream().filter(s -> !s.startsWith("\0")).toList();
        }

        double millisPerCase(String step, int cases) {
            return nanos.getOrDefault(step == null ? "\0whole" : step, 0L) / 1e6 / cases;
        }
    }
}
