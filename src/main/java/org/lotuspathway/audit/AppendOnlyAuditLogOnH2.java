package org.lotuspathway.audit;

import org.springframework.stereotype.Component;

/**
 * Migration 7.1: on H2 too, the database itself refuses to change or remove a line of the audit
 * log, through a Java trigger ({@link AuditEventUnchangeable}) on UPDATE and DELETE (H2 fires no
 * trigger on TRUNCATE). PostgreSQL has had its own since 5.1 ({@link AppendOnlyAuditLog}).
 */
@Component
class AppendOnlyAuditLogOnH2 extends OneDatabaseMigration {

    static final String H2 = "create trigger audit_event_unchangeable before update, delete on audit_event"
            + " for each row call '" + AuditEventUnchangeable.class.getName() + "'";

    AppendOnlyAuditLogOnH2() {
        super("7.1", "audit log append only on H2", "H2", H2);
    }
}
