package org.lotuspathway.governance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.lotuspathway.learning.ReviewErasure;
import org.lotuspathway.process.engine.CaseEngineRecords;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.security.Roles;
import org.lotuspathway.speakup.ReportErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases one case's personal data, in the caller's transaction: what the case says about the
 * practitioner and everyone in it goes; what stays is the anonymised skeleton the statistics read
 * (the concern's areas, dates to the month, stage times, risk band, panel decisions, the kinds and
 * dates of updates and check-ins) and the lessons review, anonymised. The practitioner's own
 * record (contact details, registration and vetting history, name, and their sign-in as a
 * practitioner) goes with their last case.
 */
@Component
class CaseErasure {

    static final String ERASED = "erased";

    private final JdbcTemplate jdbc;
    private final CaseEngineRecords engine;
    private final ReviewErasure reviews;
    private final ReportErasure speakUpReports;
    private final StaffDirectory staff;
    private final SubjectAccessExports exports;

    CaseErasure(JdbcTemplate jdbc, CaseEngineRecords engine, ReviewErasure reviews, ReportErasure speakUpReports,
            StaffDirectory staff, SubjectAccessExports exports) {
        this.exports = exports;
        this.jdbc = jdbc;
        this.engine = engine;
        this.reviews = reviews;
        this.speakUpReports = speakUpReports;
        this.staff = staff;
    }

    void erase(String businessKey, Instant now) {
        Map<String, Object> concern = jdbc.queryForMap("""
                select c.id, c.practitioner_id, c.received_on, c.raised_at, c.closed_on, p.name, p.register_number,
                       p.register, p.profession
                from concern c join practitioner p on p.id = c.practitioner_id where c.business_key = ?""", businessKey);
        long id = ((Number) concern.get("id")).longValue();
        long practitioner = ((Number) concern.get("practitioner_id")).longValue();
        reviews.keepOnlyAnonymised(id, (String) concern.get("name"), (String) concern.get("register_number"));

        // the case's own words, answers, letters, replies, notes and documents
        for (String table : new String[] {"case_step", "practitioner_response", "case_note", "concern_equality",
                "meeting_wait"}) {
            jdbc.update("delete from " + table + " where concern_id = ?", id);
        }
        // subject access: no ZIP kept with this case in it (one being made is made again), nor a reason for
        // withholding one of its documents
        exports.forgetZipsOf(practitioner);
        jdbc.update("delete from subject_access_withheld where document_id in (select id from case_document where concern_id = ?)", id);
        jdbc.update("delete from case_document_content where document_id in (select id from case_document where concern_id = ?)", id);
        jdbc.update("delete from case_document where concern_id = ?", id);
        jdbc.update("delete from meeting_declaration where concern_id = ?", id);
        jdbc.update("update agenda_item set present = null, reason = null, placed_by = ?, closed_by = null where concern_id = ?",
                ERASED, id);
        jdbc.update("""
                update triage_assessment set immediate_risk_details = null, previous_concerns_details = null,
                    context_notes = null, wellbeing_notes = null, triage_notes = '', recorded_by = ? where concern_id = ?""",
                ERASED, id);
        jdbc.update("""
                update panel_discussion set attendees = '', concerns_considered = '', reasons = '',
                    undertakings_or_conditions = null, next_steps = '', recorded_by = ? where concern_id = ?""", ERASED, id);
        jdbc.update("delete from letter_print where update_id in (select id from practitioner_update where concern_id = ?)", id);
        jdbc.update("""
                update practitioner_update set concerns_considered = null, outcome = '', reasons = null, next_steps = null,
                    undertakings_or_conditions = null, right_to_respond = null, named_contact = '', support = null,
                    letter = null, title = null, pdf = null, recorded_by = ? where concern_id = ?""", ERASED, id);
        jdbc.update("update check_in set notes = null, support_plan = null, recorded_by = ? where concern_id = ?", ERASED, id);
        jdbc.update("update case_pause set reason = '', recorded_by = ?, resumed_by = null where concern_id = ?", ERASED, id);
        // emails about the case: their keys hold the business key between colons, or they carried one of its
        // letters to the practitioner, or their subject or text names it
        jdbc.update("""
                delete from notification where event_key like ? or event_key like ? or event_key like ?
                    or event_key in (select 'update-sent:' || id from practitioner_update where concern_id = ?)""",
                businessKey + ":%", "%:" + businessKey + ":%", "%:" + businessKey, id);
        jdbc.batchUpdate("delete from notification where id = ?", emailsNaming(businessKey).stream()
                .map(email -> new Object[] {email}).toList());
        jdbc.update("delete from record_correction_request where business_key = ?", businessKey);
        jdbc.update("delete from legal_hold_lifted where business_key = ?", businessKey);
        // a speak-up report the case came from: who spoke up, what they wrote, and the exchanges with them
        speakUpReports.eraseForCase(businessKey);
        jdbc.update("delete from check_reminder where business_key = ?", businessKey);

        // the skeleton: dates to the month, nobody named
        jdbc.update("""
                update concern set summary = '', closure_summary = null, raised_by = ?, case_manager = ?,
                    received_on = ?, raised_at = ?, closed_on = ?, paused_since = null, practitioner_id = ?, erased_at = ?
                where id = ?""", ERASED, ERASED, toMonth(concern.get("received_on")),
                Timestamp.from(monthOf(concern.get("raised_at"))), toMonth(concern.get("closed_on")),
                placeholderFor((String) concern.get("register"), (String) concern.get("profession")),
                Timestamp.from(now), id);
        engine.erase(businessKey);
        eraseRecordIfLastCase(practitioner);
    }

    /** The practitioner's record goes with their last case that is not yet erased. */
    private void eraseRecordIfLastCase(long practitioner) {
        Integer others = jdbc.queryForObject("select count(*) from concern where practitioner_id = ?", Integer.class,
                practitioner);
        if (others != null && others > 0) {
            return;
        }
        jdbc.update("delete from subject_access_withheld where export_id in "
                + "(select id from subject_access_export where practitioner_id = ?)", practitioner);
        for (String table : new String[] {"subject_access_export", "practitioner_record", "practitioner_status_change", "check_reminder",
                "record_correction_request", "practitioner_name_word"}) {
            jdbc.update("delete from " + table + " where practitioner_id = ?", practitioner);
        }
        List<String> account = jdbc.queryForList("select username from practitioner where id = ? and username is not null",
                String.class, practitioner);
        jdbc.update("delete from practitioner where id = ?", practitioner);
        // their sign-in: being in the practitioners' group says they were the subject of a concern
        account.forEach(username -> staff.removeFromGroup(username, Roles.PRACTITIONER));
    }

    /**
     * Emails whose subject or text names the case: LIKE finds those that hold its key, and of them only
     * those where no further digit follows count (PSC-2026-10000 is not named by PSC-2026-100001).
     */
    private List<Long> emailsNaming(String businessKey) {
        Pattern named = Pattern.compile(Pattern.quote(businessKey) + "(?!\\d)");
        String holding = "%" + businessKey + "%";
        return jdbc.query("select id, subject, body from notification where subject like ? or body like ?",
                (row, n) -> named.matcher(row.getString("subject")).find() || named.matcher(row.getString("body")).find()
                        ? row.getLong("id") : null, holding, holding).stream().filter(java.util.Objects::nonNull).toList();
    }

    /** One stand-in practitioner per register, so that erased cases keep their profession in the statistics. */
    private long placeholderFor(String register, String profession) {
        String number = "ERASED";
        var existing = jdbc.queryForList("select id from practitioner where register = ? and register_number = ?",
                Long.class, register, number);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        jdbc.update("""
                insert into practitioner (name, profession, register, register_number, name_confirmed)
                values ('Erased practitioner', ?, ?, ?, false)""", profession, register, number);
        return jdbc.queryForObject("select id from practitioner where register = ? and register_number = ?", Long.class,
                register, number);
    }

    private static java.sql.Date toMonth(Object date) {
        if (date == null) {
            return null;
        }
        LocalDate day = ((java.sql.Date) date).toLocalDate();
        return java.sql.Date.valueOf(day.withDayOfMonth(1));
    }

    private static Instant monthOf(Object timestamp) {
        Instant at = timestamp instanceof Timestamp ts ? ts.toInstant()
                : timestamp instanceof java.time.OffsetDateTime odt ? odt.toInstant() : Instant.parse(timestamp.toString());
        return at.atZone(java.time.ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
    }
}
