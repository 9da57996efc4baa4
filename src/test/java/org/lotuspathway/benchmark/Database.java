package org.lotuspathway.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.lotuspathway.support.PostgresServer;
import org.lotuspathway.support.PostgresSettings;

/** The two databases the app runs on, as the benchmark sets them up: fresh, in target/benchmark. */
enum Database {

    H2("H2 2.3 (file, as shipped)"),
    POSTGRESQL("PostgreSQL 14 (embedded, fsync on)");

    final String label;

    Database(String label) {
        this.label = label;
    }

    /** The app's command-line settings for this database. */
    List<String> appArguments(Path work) {
        List<String> arguments = new ArrayList<>();
        if (this == H2) {
            // as application.yaml's default, in a fresh directory
            arguments.add("--spring.datasource.url=" + h2Url(work, "lotus-pathway"));
        } else {
            arguments.add("--spring.profiles.active=postgres");
            PostgresSettings.forDatabase(PostgresServer.database("benchmark"))
                    .forEach((key, value) -> arguments.add("--" + key + "=" + value));
        }
        return arguments;
    }

    String adminUser() {
        return this == H2 ? "admin" : PostgresSettings.ADMIN;
    }

    String adminPassword() {
        return this == H2 ? "demo" : PostgresSettings.ADMIN_PASSWORD;
    }

    BareEngine bareEngine(Path work) throws Exception {
        return bareEngine(work, UnaryOperator.identity());
    }

    BareEngine bareEngine(Path work, UnaryOperator<DataSource> wrap) throws Exception {
        return this == H2 ? BareEngine.on(h2Url(work, "bare"), "sa", "", wrap)
                : BareEngine.on(PostgresServer.database("bare"), PostgresServer.USER, "", wrap);
    }

    private static String h2Url(Path work, String name) {
        return "jdbc:h2:file:" + work.resolve("h2").resolve(name).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=256";
    }
}
