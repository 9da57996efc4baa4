package org.lotuspathway.audit;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 7.1: on H2 too, the database itself refuses to change or remove a line of the audit
 * log, through a Java trigger ({@link AuditEventUnchangeable}) on UPDATE and DELETE. (PostgreSQL
 * has had its trigger since 5.1, {@link AppendOnlyAuditLog}; H2 fires no trigger on TRUNCATE.)
 */
@Component
class AppendOnlyAuditLogOnH2 implements JavaMigration {

    static final String H2 = "create trigger audit_event_unchangeable before update, delete on audit_event"
            + " for each row call '" + AuditEventUnchangeable.class.getName() + "'";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7.1");
    }

    @Override
    public String getDescription() {
        return "audit log append only on H2";
    }

    @Override
    public Integer getChecksum() {
        return H2.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(H2);
        }
    }
}
