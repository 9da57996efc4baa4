package org.lotuspathway.audit;

import org.springframework.stereotype.Component;

/**
 * Migration 24.1: on PostgreSQL, the audit log's trigger (5.1, {@link AppendOnlyAuditLog}) still
 * refuses every UPDATE and TRUNCATE, and every DELETE but one: of an entry older than the audit log's
 * retention (audit_retention, migration 24), by the database's own clock. With no retention set, the
 * default, it refuses every DELETE as before.
 */
@Component
class AppendOnlyAuditLogPastRetention extends OneDatabaseMigration {

    static final String POSTGRESQL = """
            create or replace function audit_event_append_only() returns trigger language plpgsql as $$
            begin
                if tg_op = 'DELETE' then
                    if exists (select 1 from audit_retention r where r.years is not null
                               and OLD.occurred_at < now() - make_interval(years => r.years)) then
                        return OLD;
                    end if;
                end if;
                raise exception 'The audit log is append-only: % on audit_event is not allowed', tg_op;
            end;
            $$;
            """;

    AppendOnlyAuditLogPastRetention() {
        super("24.1", "audit log deletes past its retention only", "PostgreSQL", POSTGRESQL);
    }
}
