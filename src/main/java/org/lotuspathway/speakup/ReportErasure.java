package org.lotuspathway.speakup;

import java.time.Instant;
import java.util.List;

import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.CaseEngineRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases what a speak-up report holds about people, in the caller's transaction: who spoke up and
 * how to reach them, who the report is about, what they wrote, the exchanges with them, the emails
 * sent to them and the screening's history in the engine. The report's skeleton stays (its
 * reference, route, profession, dates and who screened it) for the statistics, with when it was erased.
 */
@Component
public class ReportErasure {

    private final JdbcTemplate jdbc;
    private final CaseEngineRecords engine;
    private final PathwayClock clock;

    ReportErasure(JdbcTemplate jdbc, CaseEngineRecords engine, PathwayClock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.clock = clock;
    }

    /** The report a case came from, when the case is erased (not if the report has a legal hold of its own). */
    public void eraseForCase(String caseKey) {
        jdbc.queryForList("select reference from speak_up_report where case_key = ?", String.class, caseKey)
                .forEach(this::erase);
    }

    /**
     * Reports due for erasure, oldest first, at most {@code most}: those closed at screening (they never
     * became a case) before {@code screenedBefore}, and those whose case was erased while the report
     * itself was held; never one erased already or under a legal hold (governance's table, by the
     * report's reference).
     */
    public List<String> dueForErasure(Instant screenedBefore, int most) {
        return jdbc.queryForList("""
                select reference from speak_up_report
                where erased_at is null and reference not in (select business_key from legal_hold)
                  and ((status = 'CLOSED' and case_key is null and screened_at < ?)
                       or case_key in (select business_key from concern where erased_at is not null))
                order by screened_at, id
                fetch first %d rows only""".formatted(most), String.class, java.sql.Timestamp.from(screenedBefore));
    }

    /**
     * Erases the report unless it was erased already (by another node's run, say) or is under a legal
     * hold (placed since the caller looked); true if this call did.
     */
    public boolean erase(String reference) {
        int marked = jdbc.update("""
                update speak_up_report set about_name = '', about_workplace = '', about_register_number = null,
                    what_happened = '', happened_on = null, raiser_name = null, raiser_email = null, raiser_phone = null,
                    raiser_role = null, access_code_hash = null, erased_at = ?
                where reference = ? and erased_at is null and reference not in (select business_key from legal_hold)""",
                java.sql.Timestamp.from(clock.now()), reference);
        if (marked == 0) {
            return false;
        }
        jdbc.update("delete from speak_up_message where report_id in (select id from speak_up_report where reference = ?)",
                reference);
        jdbc.update("delete from notification where event_key like ?", RaiserEmails.eventKeyPrefix(reference) + "%");
        // why a lifted hold kept the report may name people: it goes with the report
        jdbc.update("delete from legal_hold_lifted where business_key = ?", reference);
        engine.erase(reference);
        return true;
    }
}
