package org.lotuspathway.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spring Boot jar made ready for class-data sharing the way Spring Boot documents it: extracted
 * ({@code java -Djarmode=tools -jar app.jar extract}), then run once with
 * {@code -XX:ArchiveClassesAtExit} until its context has refreshed ({@code -Dspring.context.exit=onRefresh}),
 * which writes the archive; later starts map the classes from it instead of finding, reading and
 * verifying them. docs/operations.md tells operators the same three steps.
 */
record ClassDataArchive(Path jar, Path archive) {

    /** Extracts {@code packagedJar} into {@code directory} and makes its archive by a training run with these arguments. */
    static ClassDataArchive prepare(Path packagedJar, Path workingDirectory, String[] arguments)
            throws IOException, InterruptedException {
        Path directory = workingDirectory.toAbsolutePath();
        Path extracted = directory.resolve("extracted");
        run(directory, List.of(java(), "-Djarmode=tools", "-jar", packagedJar.toString(), "extract", "--force",
                "--destination", extracted.toString()));
        Path jar = extracted.resolve(packagedJar.getFileName());
        Path archive = directory.resolve("classes.jsa");
        List<String> training = new ArrayList<>(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh", "-jar", jar.toString(), "--server.port=0"));
        training.addAll(List.of(arguments));
        run(directory, training);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("The training run of " + jar + " wrote no archive; see " + directory);
        }
        return new ClassDataArchive(jar, archive);
    }

    List<String> jvmOptions() {
        return List.of("-XX:SharedArchiveFile=" + archive);
    }

    private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("prepare-" + System.nanoTime() + ".log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Still running after 5 minutes: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Exit code " + process.exitValue() + " from " + command + "; see " + directory);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
