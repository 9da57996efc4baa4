package org.lotuspathway.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** On H2, the trigger that refuses every UPDATE and DELETE of a line of the audit log (migration 7.1). */
public class AuditEventUnchangeable implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit log is append-only: a line of audit_event cannot be changed or removed");
    }
}
