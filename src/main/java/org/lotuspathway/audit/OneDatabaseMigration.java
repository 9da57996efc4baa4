package org.lotuspathway.audit;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration for one database product only (as JDBC names it): on any other it records
 * itself and does nothing. Spring Boot hands migration beans like these to Flyway.
 */
abstract class OneDatabaseMigration implements JavaMigration {

    private final String version;
    private final String description;
    private final String product;
    private final String sql;

    OneDatabaseMigration(String version, String description, String product, String sql) {
        this.version = version;
        this.description = description;
        this.product = product;
        this.sql = sql;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return sql.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!product.equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
