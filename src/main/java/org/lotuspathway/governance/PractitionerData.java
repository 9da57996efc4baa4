package org.lotuspathway.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.documents.DocumentType;
import org.lotuspathway.governance.ExportContent.CaseContent;
import org.lotuspathway.governance.ExportContent.ExportFile;
import org.lotuspathway.governance.ExportContent.Part;
import org.lotuspathway.governance.ExportContent.Withheld;
import org.lotuspathway.updates.PractitionerUpdate;
import org.lotuspathway.updates.PractitionerUpdates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything held about one practitioner for their subject access export. Every query is
 * bound to that practitioner's id, their own cases' ids or keys, or their registration, so nothing
 * of anyone else's comes with it: a meeting they shared with others gives only its date, kind and
 * place and their own case's agenda item, declarations and minutes (kept with their case).
 */
@Component
class PractitionerData {

    private final JdbcTemplate jdbc;
    private final ExportRows rows;
    private final Concerns concerns;
    private final PractitionerUpdates letters;
    private final ObjectMapper json;

    PractitionerData(JdbcTemplate jdbc, ExportRows rows, Concerns concerns, PractitionerUpdates letters,
            ObjectMapper json) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.concerns = concerns;
        this.letters = letters;
        this.json = json;
    }

    /** The keys of the practitioner's cases not yet erased, oldest first. */
    List<String> caseKeys(long practitioner) {
        return jdbc.queryForList("select business_key from concern where practitioner_id = ? and erased_at is null "
                + "order by raised_at, id", String.class, practitioner);
    }

    @Transactional(readOnly = true)
    Map<String, Object> practitioner(long practitioner) {
        return one("""
                select name, title, given_names, family_name, form_of_address, profession, register, register_number,
                    username from practitioner where id = ?""", practitioner);
    }

    /** Contact details, registration, list and vetting, their history, corrections asked for, reminders, emails. */
    @Transactional(readOnly = true)
    List<Part> record(long practitioner, String username) {
        List<Part> parts = new ArrayList<>();
        parts.add(part("contactAndRegistration", "Contact details, registration, performers list and vetting", rows("""
                select registration_status, licence_to_practise, revalidation_due, responsible_officer, renewal_due,
                    registration_checked_on, registration_checked_by, performers_list, list_status, list_effective_on,
                    dbs_level, dbs_workforce, dbs_certificate_number, dbs_issued_on, dbs_update_service,
                    dbs_update_service_checked_on, contact_phone, contact_other_phone, contact_email,
                    contact_preferred_way, contact_best_times, contact_others
                from practitioner_record where practitioner_id = ?""", practitioner)));
        parts.add(part("recordHistory", "Changes to the record", rows("""
                select changed_at, changed_by, part, field, previous_value, new_value from practitioner_status_change
                where practitioner_id = ? order by changed_at, id""", practitioner)));
        parts.add(part("correctionRequests", "Corrections asked for", rows("""
                select requested_at, requested_by, business_key, message from record_correction_request
                where practitioner_id = ? order by requested_at, id""", practitioner)));
        parts.add(part("checkReminders", "Reminders of checks falling due", rows("""
                select check_kind, due_on, business_key, reminded_at from check_reminder
                where practitioner_id = ? order by reminded_at, id""", practitioner)));
        parts.add(part("emails", "Emails sent to you", username == null ? List.of() : rows("""
                select created_at, sent_at, status, email, subject, body from notification
                where recipient_user = ? order by created_at, id""", username)));
        return parts;
    }

    /** One case, whole; its letters as printed and its documents (but those withheld) join {@code files}. */
    @Transactional(readOnly = true)
    CaseContent oneCase(String key, Map<Long, String> withheld, List<ExportFile> files, List<Withheld> kept) {
        long id = jdbc.queryForObject("select id from concern where business_key = ?", Long.class, key);
        List<Part> parts = new ArrayList<>();
        parts.add(part("concern", "The concern", rows("""
                select business_key, source, summary, received_on, raised_by, raised_at, case_manager, stage, risk_band,
                    paused_since, closed_on, closure_summary from concern where id = ?""", id)));
        parts.add(part("concernAreas", "What the concern is about", rows(
                "select area from concern_area where concern_id = ? order by area", id)));
        parts.add(part("stages", "Stages of the case", rows(
                "select stage, entered_at, left_at from stage_visit where concern_id = ? order by entered_at, id", id)));
        parts.add(part("formAnswers", "Answers recorded at each step", formAnswers(id)));
        parts.add(part("triage", "Triage", withList(rows("""
                select id, recorded_at, recorded_by, likelihood, impact, immediate_risk, immediate_risk_details,
                    previous_concerns, previous_concerns_details, insight, context_notes, wellbeing_concern,
                    wellbeing_notes, triage_notes, risk_band, route from triage_assessment
                where concern_id = ? order by recorded_at, id""", id), "contextFactors",
                "select factor from triage_context_factor where triage_assessment_id = ? order by factor")));
        parts.add(part("panelDiscussions", "Panel discussions", rows("""
                select round, meeting_date, meeting_type, recorded_at, recorded_by, attendees, concerns_considered,
                    decision, reasons, undertakings_or_conditions, next_steps, next_review_by, update_due
                from panel_discussion where concern_id = ? order by round""", id)));
        parts.add(part("meetings", "Meetings the case went to", rows("""
                select m.type, m.starts_at, m.place, a.position, a.urgent, a.status, a.placed_by, a.placed_at, a.present,
                    a.closed_by, a.closed_at, a.reason
                from agenda_item a join meeting m on m.id = a.meeting_id where a.concern_id = ? order by m.starts_at, a.id""", id)));
        parts.add(part("declarations", "Interests declared by panel members in the case", rows("""
                select m.type, m.starts_at, d.username, d.interest, d.detail, d.declared_at
                from meeting_declaration d join meeting m on m.id = d.meeting_id where d.concern_id = ?
                order by d.declared_at, d.id""", id)));
        parts.add(part("letters", "Letters sent to you", letters(key, id, files)));
        parts.add(part("checkIns", "Wellbeing check-ins", withList(rows("""
                select id, checked_in_on, recorded_at, recorded_by, reason, contact_method, outcome, notes, support_plan
                from check_in where concern_id = ? order by checked_in_on, id""", id), "signposting",
                "select service from check_in_signposting where check_in_id = ? order by service")));
        parts.add(part("replies", "Your replies and requests from the portal", rows("""
                select recorded_at, recorded_by, kind, message, phone from practitioner_response
                where concern_id = ? order by recorded_at, id""", id)));
        parts.add(part("caseNotes", "Notes on the case", rows(
                "select recorded_at, recorded_by, text from case_note where concern_id = ? order by recorded_at, id", id)));
        parts.add(part("pauses", "Pauses", rows("""
                select recorded_at, recorded_by, reason, resumed_at, resumed_by from case_pause
                where concern_id = ? order by recorded_at, id""", id)));
        parts.add(part("documents", "Documents on the case", documents(key, id, withheld, files, kept)));
        parts.add(part("equality", "Equality monitoring answers", rows("""
                select ethnicity, place_of_qualification, sex, age_band, disability, practice_role
                from concern_equality where concern_id = ?""", id)));
        parts.add(part("lessonsReview", "The lessons-learnt review", rows("""
                select recorded_at, recorded_by, went_well, did_not_go_well, contributory_notes, practitioner_experience,
                    equality_review, sharing_plan from lessons_review where concern_id = ? order by recorded_at, id""", id)));
        parts.add(part("improvementActions", "Improvement actions from the review", rows("""
                select a.description, a.owner, a.due_on, a.status, a.what_changed, a.what_changed_on
                from improvement_action a join lessons_review r on r.id = a.review_id where r.concern_id = ?
                order by a.due_on, a.id""", id)));
        parts.add(part("legalHold", "Legal hold", rows(
                "select held_by, held_at, reason from legal_hold where business_key = ?", key)));
        parts.add(part("liftedLegalHolds", "Legal holds lifted", rows(
                "select held_by, held_at, reason, lifted_by, lifted_at from legal_hold_lifted where business_key = ? "
                        + "order by lifted_at", key)));
        return new CaseContent(key, parts);
    }

    /** Who viewed or changed the cases and the record, from the audit log. */
    @Transactional(readOnly = true)
    Part auditTrail(List<String> caseKeys, String registration) {
        List<String> keys = new ArrayList<>(caseKeys);
        keys.add(registration);
        String marks = String.join(", ", keys.stream().map(k -> "?").toList());
        List<Map<String, Object>> events = rows("select occurred_at, actor, action, business_key, detail from audit_event "
                + "where business_key in (" + marks + ") order by occurred_at, id", keys.toArray());
        events.forEach(event -> event.computeIfPresent("action", (field, action) -> label((String) action)));
        return part("auditTrail", "Who viewed or changed your cases and record", events);
    }

    private static String label(String action) {
        try {
            return AuditAction.valueOf(action).label();
        } catch (IllegalArgumentException unknown) {
            return action;
        }
    }

    private List<Map<String, Object>> formAnswers(long concern) {
        List<Map<String, Object>> steps = rows("""
                select step_name, recorded_at, recorded_by, answers from case_step
                where concern_id = ? order by recorded_at, id""", concern);
        for (Map<String, Object> step : steps) {
            step.computeIfPresent("answers", (field, answers) -> parsed((String) answers));
        }
        return steps;
    }

    private List<Map<String, Object>> letters(String key, long concern, List<ExportFile> files) {
        List<Map<String, Object>> sent = new ArrayList<>();
        for (PractitionerUpdate update : letters.of(concerns.get(key))) {
            String path = "letters/" + key + "/letter-" + update.id() + ".pdf";
            files.add(new ExportFile(path, letters.pdfOf(update)));
            Map<String, Object> letter = new LinkedHashMap<>();
            letter.put("title", update.title());
            letter.putAll(one("""
                    select kind, recorded_at, recorded_by, meeting_date, concerns_considered, outcome, reasons, next_steps,
                        by_when, undertakings_or_conditions, right_to_respond, named_contact, support, due_at
                    from practitioner_update where id = ? and concern_id = ?""", update.id(), concern));
            letter.put("letter", update.letter());
            letter.put("file", path);
            sent.add(letter);
        }
        return sent;
    }

    private List<Map<String, Object>> documents(String key, long concern, Map<Long, String> withheld,
            List<ExportFile> files, List<Withheld> kept) {
        List<Map<String, Object>> documents = rows("""
                select id, title, kind, recorded_at, recorded_by, content_type, size_bytes, sha256, shareable, original_name,
                    withdrawn_at, withdrawn_by, withdrawal_reason from case_document
                where concern_id = ? order by recorded_at, id""", concern);
        for (Map<String, Object> document : documents) {
            long id = ((Number) document.get("id")).longValue();
            if (withheld.containsKey(id)) {
                kept.add(new Withheld(key, id, (String) document.get("kind"), (Instant) document.get("recordedAt"),
                        withheld.get(id)));
                document.keySet().retainAll(List.of("id", "kind", "recordedAt"));
                document.put("withheld", withheld.get(id));
                continue;
            }
            String path = "documents/" + key + "/document-" + id + "." + extension((String) document.get("contentType"));
            byte[] bytes = jdbc.queryForObject("select bytes from case_document_content where document_id = ?",
                    byte[].class, id);
            files.add(new ExportFile(path, bytes));
            document.put("file", path);
        }
        return documents;
    }

    private static String extension(String contentType) {
        try {
            return DocumentType.ofMediaType(contentType).extension();
        } catch (IllegalArgumentException unknown) {
            return "bin";
        }
    }

    /** Each entry gains a list from {@code sql}, given the entry's id; the id itself is not shown. */
    private List<Map<String, Object>> withList(List<Map<String, Object>> entries, String field, String sql) {
        for (Map<String, Object> entry : entries) {
            Object id = entry.remove("id");
            entry.put(field, jdbc.queryForList(sql, String.class, id));
        }
        return entries;
    }

    private Object parsed(String answers) {
        try {
            return json.readValue(answers, Object.class);
        } catch (JsonProcessingException e) {
            return answers;
        }
    }

    private Map<String, Object> one(String sql, Object... args) {
        return rows.one(sql, args);
    }

    private List<Map<String, Object>> rows(String sql, Object... args) {
        return rows.of(sql, args);
    }

    private static Part part(String key, String title, List<Map<String, Object>> entries) {
        return new Part(key, title, entries);
    }

}
