package org.lotuspathway.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.support.PostgresPathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log's retention on PostgreSQL: the batches' delete gets past the database's trigger for
 * old entries. The shared postgres context keeps the audit log for ever, so this test sets seven
 * years in the table the trigger reads, and back after. Its entries are from 1985, older than any
 * other test's.
 */
@PostgresPathwayTest
class AuditLogRetentionOnPostgresTests {

    @Autowired
    AuditLogRetention retention;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void entriesPastTheRetentionAreDeletedAndYoungerOnesKept() {
        for (String actor : List.of("pgprune1", "pgprune2", "pgprune3")) {
            TestClock.stopAt(TestClock.uk("1985-04-01T10:00"));
            log.record(actor, AuditAction.VIEWED_CASE, "PSC-1985-00001", "case page");
        }
        TestClock.stopAt(TestClock.uk("1988-07-01T10:00"));
        log.record("pgpruneyoung", AuditAction.VIEWED_CASE, "PSC-1988-00001", "case page");
        TestClock.stopAt(TestClock.uk("1995-06-01T02:00"));
        jdbc.update("update audit_retention set years = 7");
        try {
            assertThat(retention.prune(7, () -> true)).isEqualTo(3);
        } finally {
            jdbc.update("update audit_retention set years = null");
        }

        assertThat(jdbc.queryForList("select actor from audit_event where actor like 'pgprune%'", String.class))
                .containsExactly("pgpruneyoung");
        assertThat(jdbc.queryForList("select detail from audit_event where action = ? and occurred_at < ?", String.class,
                AuditAction.PRUNED_AUDIT_LOG.name(), java.sql.Timestamp.from(TestClock.uk("1995-06-02T00:00"))))
                .containsExactly("3 entries before 1988-06-01 under lotus.retention.audit-log-years=7");
    }
}
