package org.lotuspathway.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.common.HiddenCharacters;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the retention schedule will erase soon, for administrators, and legal holds: a case or a
 * speak-up report under a hold is not erased however old, until the hold is lifted. Holds are
 * audited with who and why.
 */
@Service
public class RetentionSchedule {

    static final int LOOK_AHEAD_DAYS = 90;
    static final int MAX_REASON = 2000;

    /** A closed case and the day its personal data is erased, unless it is held. */
    public record DueCase(String businessKey, LocalDate closedOn, LocalDate erasedOn, Optional<LegalHold> hold) {
    }

    private final JdbcTemplate jdbc;
    private final RetentionSettings settings;
    private final PathwayClock clock;
    private final AuditLog audit;

    RetentionSchedule(JdbcTemplate jdbc, RetentionSettings settings, PathwayClock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    /** Cases not yet erased whose erasure falls within the next 90 days (or is overdue), held ones included. */
    @Transactional
    public List<DueCase> nextDays(String viewer) {
        LocalDate until = clock.today().plusDays(LOOK_AHEAD_DAYS);
        List<DueCase> due = jdbc.query("""
                select c.business_key, c.closed_on, h.held_by, h.held_at, h.reason from concern c
                left join legal_hold h on h.business_key = c.business_key
                where c.erased_at is null and c.closed_on is not null and c.closed_on < ?
                order by c.closed_on, c.id""", (row, n) -> {
            LocalDate closed = row.getDate("closed_on").toLocalDate();
            String key = row.getString("business_key");
            Optional<LegalHold> hold = row.getString("held_by") == null ? Optional.empty()
                    : Optional.of(new LegalHold(key, row.getString("held_by"), row.getTimestamp("held_at").toInstant(),
                            row.getString("reason")));
            return new DueCase(key, closed, erasedOn(closed), hold);
        }, java.sql.Date.valueOf(until.minusYears(settings.closedCasesYears())));
        audit.record(viewer, AuditAction.VIEWED_ERASURE_SCHEDULE, null, due.size() + " case(s)");
        return due;
    }

    /** The first night the case may be erased: the day after its retention period ends. */
    LocalDate erasedOn(LocalDate closedOn) {
        return closedOn.plusYears(settings.closedCasesYears()).plusDays(1);
    }

    @Transactional
    public void hold(String businessKey, String reason, String by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw InvalidSubmission.of("reason", "Say why it must be kept, in at most " + MAX_REASON + " characters");
        }
        if (HiddenCharacters.in(why)) {
            throw InvalidSubmission.of("reason", HiddenCharacters.problem("The reason"));
        }
        String what = holdable(businessKey);
        if (held(businessKey)) {
            throw InvalidSubmission.of("reason", capitalised(what) + " is already held");
        }
        jdbc.update("insert into legal_hold (business_key, held_by, held_at, reason) values (?, ?, ?, ?)", businessKey,
                by, java.sql.Timestamp.from(clock.now()), why);
        // the reason may name people: it stays on the hold, not in the audit log
        audit.record(by, AuditAction.PLACED_LEGAL_HOLD, businessKey, null);
    }

    /** Every hold in place, the oldest first, whenever what it holds falls due. */
    public List<LegalHold> holds() {
        return jdbc.query("select business_key, held_by, held_at, reason from legal_hold order by held_at, business_key",
                (row, n) -> new LegalHold(row.getString("business_key"), row.getString("held_by"),
                        row.getTimestamp("held_at").toInstant(), row.getString("reason")));
    }

    @Transactional
    public void lift(String businessKey, String by) {
        jdbc.update("""
                insert into legal_hold_lifted (business_key, held_by, held_at, reason, lifted_by, lifted_at)
                select business_key, held_by, held_at, reason, ?, ? from legal_hold where business_key = ?""",
                by, java.sql.Timestamp.from(clock.now()), businessKey);
        if (jdbc.update("delete from legal_hold where business_key = ?", businessKey) == 0) {
            throw InvalidSubmission.of("businessKey", businessKey + " has no legal hold");
        }
        audit.record(by, AuditAction.LIFTED_LEGAL_HOLD, businessKey, null);
    }

    public boolean held(String businessKey) {
        Integer holds = jdbc.queryForObject("select count(*) from legal_hold where business_key = ?", Integer.class,
                businessKey);
        return holds != null && holds > 0;
    }

    /**
     * What {@code key} names, as the page says it ("the case PSC-2026-00001", "the speak-up report
     * SU-2026-00001"), when it is there to hold: a case not yet erased, or a speak-up report not yet
     * erased (a report closed at screening is erased by retention as a case is; one that became a case
     * goes with its case).
     */
    private String holdable(String key) {
        if (key == null || key.isBlank()) {
            throw InvalidSubmission.of("businessKey",
                    "Enter the reference of the case or speak-up report, like PSC-2026-00001 or SU-2026-00001");
        }
        if (key.strip().length() > 20) {
            throw InvalidSubmission.of("businessKey", "There is no case or speak-up report with a reference that long");
        }
        List<Object> erased = jdbc.queryForList("select erased_at from concern where business_key = ?", Object.class, key);
        if (!erased.isEmpty()) {
            return requireNotErased("the case " + key, erased.get(0) != null);
        }
        List<Object> reportErased = jdbc.queryForList("select erased_at from speak_up_report where reference = ?",
                Object.class, key);
        if (!reportErased.isEmpty()) {
            return requireNotErased("the speak-up report " + key, reportErased.get(0) != null);
        }
        throw InvalidSubmission.of("businessKey", "There is no case or speak-up report " + key);
    }

    private static String requireNotErased(String what, boolean erased) {
        if (erased) {
            throw InvalidSubmission.of("businessKey", capitalised(what) + " has already been erased");
        }
        return what;
    }

    static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
