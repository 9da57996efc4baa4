package org.lotuspathway.governance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.notifications.SentEmailRetention;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.speakup.ReportErasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention schedule at work: every night ({@code lotus.retention.cron}; "-" turns it off) each
 * closed case past {@code lotus.retention.closed-cases-years} from its closure, and under no legal
 * hold, has its personal data erased ({@link CaseErasure}), in batches, each case in its own
 * transaction with its mark (concern.erased_at) and its audit line: a run stopped halfway leaves
 * every case either erased and marked or untouched, and the next run goes on from there. Then
 * speak-up reports closed at screening, as long after their screening; emails sent or given up on
 * more than {@code lotus.retention.sent-emails-days} ago; and the audit log's own retention
 * ({@link AuditLogRetention}), if it has one.
 */
@Service
public class Erasures {

    /** When the nightly run starts ("-": never), as the retention page tells administrators too. */
    static final String WHEN = "${lotus.retention.cron:0 0 2 * * *}";

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    private final JdbcTemplate jdbc;
    private final CaseErasure erasure;
    private final RetentionSettings settings;
    private final PathwayClock clock;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final AuditLogRetention auditLogRetention;
    private final ReportErasure speakUpReports;
    private final SentEmailRetention sentEmails;

    Erasures(JdbcTemplate jdbc, CaseErasure erasure, RetentionSettings settings, PathwayClock clock, AuditLog audit,
            PlatformTransactionManager transactions, AuditLogRetention auditLogRetention, ReportErasure speakUpReports,
            SentEmailRetention sentEmails) {
        this.speakUpReports = speakUpReports;
        this.sentEmails = sentEmails;
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.auditLogRetention = auditLogRetention;
    }

    @Scheduled(cron = WHEN, zone = "Europe/London")
    void nightly() {
        try {
            log.info("Erased {} closed case(s) past their retention period", eraseDue(() -> true));
        } catch (RuntimeException e) {
            // The database is away, say: what was erased stays erased, and tomorrow's run goes on.
            log.warn("The retention run stopped: {}", e.getClass().getSimpleName());
        }
        try {
            log.info("Erased {} speak-up report(s) past their retention period",
                    eraseDueSpeakUpReports(() -> true));
        } catch (RuntimeException e) {
            log.warn("The retention run for speak-up reports stopped: {}", e.getClass().getSimpleName());
        }
        try {
            log.info("Deleted {} email(s) sent or given up on more than {} days ago", sentEmails.deleteDoneBefore(
                    clock.now().minus(Duration.ofDays(settings.sentEmailsDays()))), settings.sentEmailsDays());
        } catch (RuntimeException e) {
            log.warn("The retention run for sent emails stopped: {}", e.getClass().getSimpleName());
        }
        try {
            log.info("Deleted {} audit entries past the audit log's retention", auditLogRetention.pruneDue(() -> true));
        } catch (RuntimeException e) {
            log.warn("The audit log's retention run stopped: {}", e.getClass().getSimpleName());
        }
    }

    /** Erases the cases due today while {@code goOn} says so before each; returns how many. */
    public int eraseDue(BooleanSupplier goOn) {
        return eraseEach("Case", most -> due(cutoff(), most), this::eraseIfStillDue, goOn);
    }

    /**
     * Speak-up reports closed at screening, which never became a case, are erased as long after
     * their screening as closed cases are after their closure; a report held when its case was erased,
     * once its hold is lifted. Returns how many.
     */
    public int eraseDueSpeakUpReports(BooleanSupplier goOn) {
        Instant screenedBefore = cutoff().atStartOfDay(PathwayClock.UK).toInstant();
        return eraseEach("Speak-up report", most -> speakUpReports.dueForErasure(screenedBefore, most), reference -> {
            boolean now = speakUpReports.erase(reference);
            if (now) {
                audit.record(AuditLog.SYSTEM, AuditAction.ERASED_SPEAK_UP_REPORT, reference, settings.speakUpRule());
            }
            return now;
        }, goOn);
    }

    /**
     * Erases, batch by batch, what {@code due} lists (at most so many), each in its own transaction,
     * while {@code goOn} says so before each; returns how many {@code erase} said it erased. One that
     * cannot be erased does not hold up the others: it is logged by its key alone (the database's
     * message may quote its text) and tried again at the next run.
     */
    private int eraseEach(String what, IntFunction<List<String>> due, Predicate<String> erase, BooleanSupplier goOn) {
        int erased = 0;
        Set<String> failed = new HashSet<>();
        while (true) {
            List<String> batch = due.apply(settings.batchSize() + failed.size()).stream()
                    .filter(key -> !failed.contains(key)).toList();
            if (batch.isEmpty()) {
                return erased;
            }
            for (String key : batch) {
                if (!goOn.getAsBoolean()) {
                    return erased;
                }
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> erase.test(key)))) {
                        erased++;
                    }
                } catch (RuntimeException e) {
                    log.warn("{} {} could not be erased ({}); it is tried again at the next run", what, key,
                            e.getClass().getSimpleName());
                    failed.add(key);
                }
            }
        }
    }

    /** Checked again inside the transaction: a hold placed, or another node's run, since the batch was read. */
    private boolean eraseIfStillDue(String key) {
        List<String> still = jdbc.queryForList("""
                select business_key from concern
                where business_key = ? and erased_at is null and closed_on is not null and closed_on < ?
                  and business_key not in (select business_key from legal_hold)
                for update""", String.class, key, java.sql.Date.valueOf(cutoff()));
        if (still.isEmpty()) {
            return false;
        }
        erasure.erase(key, clock.now());
        audit.record(AuditLog.SYSTEM, AuditAction.ERASED, key, settings.rule());
        return true;
    }

    /** A case closed on this day or later is still kept. */
    LocalDate cutoff() {
        return clock.today().minusYears(settings.closedCasesYears());
    }

    private List<String> due(LocalDate closedBefore, int most) {
        return jdbc.queryForList("""
                select business_key from concern
                where erased_at is null and closed_on is not null and closed_on < ?
                  and business_key not in (select business_key from legal_hold)
                order by closed_on, id
                fetch first %d rows only""".formatted(most), String.class, java.sql.Date.valueOf(closedBefore));
    }
}
