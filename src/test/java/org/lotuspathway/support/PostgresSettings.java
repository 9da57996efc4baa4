package org.lotuspathway.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * What an operator sets for the postgres profile (docs/operations.md, "PostgreSQL"), here pointing at the
 * embedded server's database {@value #DATABASE}. Set as properties, which the profile's
 * {@code ${LOTUS_...}} placeholders read just as they read environment variables.
 */
public class PostgresSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DATABASE = "pathway";
    public static final String ADMIN = "lotusadmin";
    public static final String ADMIN_PASSWORD = "a-long-admin-password-for-tests";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("lotus-postgres",
                forDatabase(PostgresServer.database(DATABASE))));
    }

    public static Map<String, Object> forDatabase(String jdbcUrl) {
        return Map.of("LOTUS_DB_URL", jdbcUrl, "LOTUS_DB_USER", PostgresServer.USER, "LOTUS_DB_PASSWORD", "",
                "LOTUS_ADMIN_USER", ADMIN, "LOTUS_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }
}
