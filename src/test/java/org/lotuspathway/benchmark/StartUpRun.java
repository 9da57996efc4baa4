package org.lotuspathway.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.lotuspathway.support.PackagedApp;
import org.lotuspathway.support.PostgresServer;
import org.lotuspathway.support.PostgresSettings;

/**
 * Restart times from {@code java -jar} to ready, on a database that already has its schema (a cold
 * JVM, as operators see it): our packaged jar against a bare Camunda Spring Boot application with the
 * same starters, webapps and REST, the same diagrams and the same kind of database
 * (src/benchmark/bare-camunda-app, built by the benchmark profile). Each is started once to create its
 * schema, then restarted {@value #RESTARTS} times, the two in turn; the median counts. Each is also
 * restarted as often with a class-data-sharing archive of its own ({@link ClassDataArchive}), to
 * show what that gives an operator and that it does not change the ratio.
 */
final class StartUpRun {

    static final int RESTARTS = 3;
    static final Path BARE_JAR = Path.of("src", "benchmark", "bare-camunda-app", "target", "bare-camunda-app.jar");
    /** The bare application has no actuator: its REST API answering is its readiness. */
    static final String BARE_READY = "/engine-rest/version";

    /** Median restart seconds, as packaged and with a class-data archive; null where a jar was not built. */
    record StartUp(Double ours, Double bare, Double oursWithArchive, Double bareWithArchive) {

        Double oursOverBare() {
            return ours == null || bare == null ? null : ours / bare;
        }

        Double oursOverBareWithArchives() {
            return oursWithArchive == null || bareWithArchive == null ? null : oursWithArchive / bareWithArchive;
        }
    }

    private StartUpRun() {
    }

    static StartUp measure(Database database, Path work) throws IOException, InterruptedException {
        Path ours;
        try {
            ours = PackagedApp.jar();
        } catch (IllegalStateException noJar) {
            System.out.println("No packaged jar, so no restart times: " + noJar.getMessage());
            return new StartUp(null, null, null, null);
        }
        Path bare = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve(BARE_JAR);
        boolean hasBare = Files.isRegularFile(bare);
        if (!hasBare) {
            System.out.println("No " + BARE_JAR + " (the benchmark profile builds it), so no bare restart time");
        }
        Launch oursLaunch = new Launch(ours, PackagedApp.READINESS, work.resolve("ours"), List.of(), oursArguments(database));
        Launch bareLaunch = new Launch(bare, BARE_READY, work.resolve("bare"), List.of(), bareArguments(database));
        oursLaunch.seconds();
        if (hasBare) {
            bareLaunch.seconds();
        }
        Launch oursArchived = oursLaunch.withArchive();
        Launch bareArchived = hasBare ? bareLaunch.withArchive() : null;
        List<Double> oursTimes = new ArrayList<>();
        List<Double> bareTimes = new ArrayList<>();
        List<Double> oursArchivedTimes = new ArrayList<>();
        List<Double> bareArchivedTimes = new ArrayList<>();
        for (int i = 0; i < RESTARTS; i++) {
            oursTimes.add(oursLaunch.seconds());
            oursArchivedTimes.add(oursArchived.seconds());
            if (hasBare) {
                bareTimes.add(bareLaunch.seconds());
                bareArchivedTimes.add(bareArchived.seconds());
            }
        }
        StartUp startUp = new StartUp(median(oursTimes), hasBare ? median(bareTimes) : null,
                median(oursArchivedTimes), hasBare ? median(bareArchivedTimes) : null);
        System.out.printf("[%s] restarts (s): ours %s, bare Camunda application %s; with archives: ours %s, bare %s%n",
                database, oursTimes, bareTimes, oursArchivedTimes, bareArchivedTimes);
        return startUp;
    }

    private record Launch(Path jar, String readyPath, Path directory, List<String> jvmOptions, String[] arguments) {

        /** The same application, extracted and started with a class-data archive made by a training run. */
        Launch withArchive() throws IOException, InterruptedException {
            ClassDataArchive archive = ClassDataArchive.prepare(jar, directory, arguments);
            return new Launch(archive.jar(), readyPath, directory, archive.jvmOptions(), arguments);
        }

        double seconds() throws IOException {
            Files.createDirectories(directory);
            try (PackagedApp app = PackagedApp.start(jar, readyPath, directory, jvmOptions, arguments)) {
                double seconds = app.awaitReady(Duration.ofMinutes(3)).toMillis() / 1000.0;
                app.stop();
                return seconds;
            }
        }
    }

    private static String[] oursArguments(Database database) {
        if (database == Database.H2) {
            return new String[0];
        }
        return Stream.concat(Stream.of("--spring.profiles.active=postgres"),
                PostgresSettings.forDatabase(PostgresServer.database("restart")).entrySet().stream()
                        .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())).toArray(String[]::new);
    }

    private static String[] bareArguments(Database database) {
        if (database == Database.H2) {
            return new String[0];
        }
        return new String[] {"--spring.datasource.url=" + PostgresServer.database("bare_restart"),
            "--spring.datasource.username=" + PostgresServer.USER, "--spring.datasource.password=",
            "--camunda.bpm.database.type=postgres"};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
