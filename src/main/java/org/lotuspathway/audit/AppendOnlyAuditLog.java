package org.lotuspathway.audit;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 5.1: on PostgreSQL, the database itself refuses to change or remove a line of the audit
 * log, whoever asks (a trigger on UPDATE, DELETE and TRUNCATE). H2 has no SQL triggers, only Java
 * ones, so there the log is append-only by the application alone; the migration records itself and
 * does nothing (H2 got a Java trigger in 7.1, {@link AppendOnlyAuditLogOnH2}). Spring Boot hands
 * migration beans like this one to Flyway.
 */
@Component
class AppendOnlyAuditLog implements JavaMigration {

    static final String POSTGRESQL = """
            create function audit_event_append_only() returns trigger language plpgsql as $$
            begin
                raise exception 'The audit log is append-only: % on audit_event is not allowed', tg_op;
            end;
            $$;
            create trigger audit_event_no_change before update or delete on audit_event
                for each row execute function audit_event_append_only();
            create trigger audit_event_no_truncate before truncate on audit_event
                for each statement execute function audit_event_append_only();
            """;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5.1");
    }

    @Override
    public String getDescription() {
        return "audit log append only";
    }

    @Override
    public Integer getChecksum() {
        return POSTGRESQL.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(POSTGRESQL);
        }
    }
}
