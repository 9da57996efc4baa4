package org.lotuspathway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/lotus-pathway-*.jar}, built by {@code ./mvnw package})
 * running as its own process, as an operator runs it: {@code java -jar} in a working directory of
 * its own, so that its default H2 database lands in {@code data/} there. For tests that need a
 * process to kill, and for timing a cold start.
 */
public final class PackagedApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Ours says it is ready here (Spring Boot's readiness probe). */
    public static final String READINESS = "/actuator/health/readiness";

    private final Process process;
    private final int port;
    private final Path log;
    private final String readyPath;

    private PackagedApp(Process process, int port, Path log, String readyPath) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.readyPath = readyPath;
    }

    /** Starts the jar in the directory given, on a free port, with these extra arguments (--name=value). */
    public static PackagedApp start(Path workingDirectory, String... arguments) {
        return start(workingDirectory, List.of(), arguments);
    }

    /** As {@link #start(Path, String...)}, with options for the JVM, such as -Xmx512m. */
    public static PackagedApp start(Path workingDirectory, List<String> jvmOptions, String... arguments) {
        return start(jar(), READINESS, workingDirectory, jvmOptions, arguments);
    }

    /**
     * Any Spring Boot jar, ready when {@code readyPath} answers 200: ours, or the benchmark's bare
     * Camunda application.
     */
    public static PackagedApp start(Path jar, String readyPath, Path workingDirectory, List<String> jvmOptions,
            String... arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        Path log = workingDirectory.resolve("app-" + System.nanoTime() + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new PackagedApp(process, port, log, readyPath);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    /** The jar {@code ./mvnw package} built (Spring Boot's executable one, not the .original). */
    public static Path jar() {
        Path target = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "lotus-pathway-*.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No target/lotus-pathway-*.jar: run ./mvnw package first");
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Waits until the ready path answers 200 (ours: the readiness probe says UP); fails with the end of the app's log if it does not. */
    public Duration awaitReady(Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(uri(readyPath)).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting:\n" + tailOfLog());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException("The app was not ready within " + timeout + ":\n" + tailOfLog());
    }

    /** SIGKILL on Linux: no shutdown hooks, no flushing, as in a crash or a power cut of the JVM. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: a graceful shutdown. */
    public void stop() {
        process.destroy();
        awaitExit();
    }

    public String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The first error the app logged, with what follows it, or an empty string. */
    public String firstErrorInLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(" ERROR ")) {
                    return String.join("\n", lines.subList(i, Math.min(lines.size(), i + 60)));
                }
            }
            return "";
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
