package org.lotuspathway.audit;

import org.springframework.stereotype.Component;

/**
 * Migration 5.1: on PostgreSQL, the database itself refuses to change or remove a line of the audit
 * log, whoever asks (a trigger on UPDATE, DELETE and TRUNCATE). H2 has its own since 7.1
 * ({@link AppendOnlyAuditLogOnH2}).
 */
@Component
class AppendOnlyAuditLog extends OneDatabaseMigration {

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

    AppendOnlyAuditLog() {
        super("5.1", "audit log append only", "PostgreSQL", POSTGRESQL);
    }
}
