package org.lotuspathway.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.process.PathwayClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the retention schedule will erase soon, for administrators, with each case's legal hold
 * ({@link LegalHolds}): a case under a hold is not erased however old, until the hold is lifted.
 */
@Service
public class RetentionSchedule {

    static final int LOOK_AHEAD_DAYS = 90;

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
}
