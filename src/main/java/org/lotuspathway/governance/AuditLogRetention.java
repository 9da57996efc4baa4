package org.lotuspathway.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.process.PathwayClock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's own retention ({@code lotus.retention.audit-log-years}; left out, the default,
 * it is kept for ever). At start-up the setting is written to audit_retention, which is what the
 * database's append-only trigger reads (migration 24): it refuses every change of an entry, and every
 * removal but of one older than the retention. Every night, after the case erasures, entries older
 * than that many years before today are deleted in batches, each in its own transaction, so that a
 * run stopped halfway leaves the rest to the next; the run then records one line saying how many.
 */
@Service
public class AuditLogRetention implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final RetentionSettings settings;
    private final PathwayClock clock;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    AuditLogRetention(JdbcTemplate jdbc, RetentionSettings settings, PathwayClock clock, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        tellTheDatabase();
    }

    /** Writes the setting where the trigger reads it, and records a change, if it is one. */
    void tellTheDatabase() {
        Integer years = settings.auditLogKept().orElse(null);
        transaction.executeWithoutResult(status -> {
            Integer before = jdbc.queryForObject("select years from audit_retention where id = 1 for update",
                    Integer.class);
            if (!Objects.equals(before, years)) {
                jdbc.update("update audit_retention set years = ? where id = 1", years);
                audit.record(AuditLog.SYSTEM, AuditAction.SET_AUDIT_LOG_RETENTION, null,
                        "lotus.retention.audit-log-years=" + (years == null ? "(kept for ever)" : years)
                                + ", was " + (before == null ? "(kept for ever)" : before));
            }
        });
    }

    /**
     * Deletes the entries due while {@code goOn} says so before each batch; returns how many. Nothing
     * happens when the audit log is kept for ever.
     */
    public int pruneDue(BooleanSupplier goOn) {
        return settings.auditLogKept().map(years -> prune(years, goOn)).orElse(0);
    }

    /** Deletes the entries recorded before the day {@code years} years ago. */
    int prune(int years, BooleanSupplier goOn) {
        LocalDate keptFrom = cutoff(years);
        java.sql.Timestamp before = java.sql.Timestamp.from(keptFrom.atStartOfDay(PathwayClock.UK).toInstant());
        int deleted = 0;
        try {
            while (goOn.getAsBoolean()) {
                Integer batch = transaction.execute(status -> jdbc.update("""
                        delete from audit_event where id in (
                            select id from audit_event where occurred_at < ? order by id fetch first %d rows only)"""
                        .formatted(settings.batchSize()), before));
                deleted += batch == null ? 0 : batch;
                if (batch == null || batch < settings.batchSize()) {
                    break;
                }
            }
        } finally {
            if (deleted > 0) {
                // how many and under which rule: no case, no person
                audit.record(AuditLog.SYSTEM, AuditAction.PRUNED_AUDIT_LOG, null,
                        (deleted == 1 ? "1 entry" : deleted + " entries") + " before " + keptFrom + " under lotus.retention.audit-log-years=" + years);
            }
        }
        return deleted;
    }

    /** An entry recorded on this day or later is still kept. */
    LocalDate cutoff(int years) {
        return clock.today().minusYears(years);
    }
}
