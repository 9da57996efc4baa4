package org.lotuspathway.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * On H2, the trigger that refuses every UPDATE of a line of the audit log, and every DELETE but of
 * a line older than the audit log's retention (audit_retention, migration 24), by the database's
 * own clock (migration 7.1; on PostgreSQL, 24.1 does the same).
 */
public class AuditEventUnchangeable implements Trigger {

    /** audit_event's second column (migration 5). */
    private static final int OCCURRED_AT = 1;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean delete = newRow == null;
        if (delete && pastRetention(connection, oldRow[OCCURRED_AT])) {
            return;
        }
        throw new SQLException("The audit log is append-only: a line of audit_event cannot be changed or removed");
    }

    private static boolean pastRetention(Connection connection, Object occurredAt) throws SQLException {
        try (PreparedStatement past = connection.prepareStatement("""
                select count(*) from audit_retention
                where years is not null and ? < dateadd(year, -years, current_timestamp)""")) {
            past.setObject(1, occurredAt);
            try (ResultSet result = past.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        }
    }
}
