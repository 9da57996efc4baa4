package org.lotuspathway.audit;

/** What someone did to a case (or to the audit log itself), in the words the audit log page shows. */
public enum AuditAction {

    VIEWED_CASE("Viewed the case"),
    VIEWED_DIAGRAM("Viewed the case's diagram"),
    VIEWED_TASK("Opened a task"),
    READ_LETTER("Read a letter"),
    DOWNLOADED_LETTER("Downloaded a letter as a PDF"),
    RAISED("Raised the concern"),
    COMPLETED_TASK("Completed a task"),
    CLAIMED_TASK("Claimed a task"),
    ASSIGNED_TASK("Gave a task to someone"),
    HANDED_BACK_TASK("Handed a task back to its team"),
    RESPONDED("Wrote to the case team from the portal"),
    PAUSED("Paused the case"),
    WROTE_CASE_NOTE("Wrote a note on the case"),
    RESUMED("Resumed the case"),
    CONFIRMED_NAME("Confirmed or corrected the practitioner's name"),
    ADDED_DOCUMENT("Added a document to the case"),
    DOWNLOADED_DOCUMENT("Downloaded a document of the case"),
    WITHDREW_DOCUMENT("Withdrew a document of the case"),
    DECLARED_INTEREST("Declared an interest in the case, or none, for a meeting"),
    DOWNLOADED_PAPERS("Downloaded a meeting's papers, with the case in them"),
    VIEWED_MEETING("Viewed a meeting with the case on its agenda"),
    ADDED_MEETING_MEMBER("Added a member to a meeting with the case on its agenda, who may then open it"),
    READ_MINUTES("Read a meeting's minutes, with the case in them"),
    APPROVED_MINUTES("Approved a meeting's minutes, kept with the case"),
    CHANGED_AGENDA("Put the case on a meeting's agenda, reordered, moved or carried it over"),
    PREVIEWED_LETTER("Previewed a letter as a PDF before sending it"),
    USED_CAMUNDA_API("Looked at or changed it through Camunda's REST API"),
    MOVED_TO_NEW_VERSION("Moved the case onto a newer version of the pathway"),
    SEARCHED_REGISTER("Searched the case register"),
    EXPORTED_REGISTER("Exported the case register as CSV"),
    VIEWED_PRACTITIONER("Viewed a practitioner's record"),
    CHANGED_PRACTITIONER("Changed a practitioner's registration, list or vetting status"),
    CONFIRMED_SAME_PRACTITIONER("Confirmed at intake that a registration number on record is the practitioner's, and updated their name or profession"),
    CHANGED_CONTACT_DETAILS("Changed a practitioner's contact details"),
    VIEWED_CHECKS("Viewed the practitioners whose checks are missing or overdue"),
    ASKED_FOR_CORRECTION("Asked for their record to be corrected"),
    REFUSED("Was refused, or asked for something that does not exist"),
    READ_AUDIT_LOG("Read the audit log"),
    ERASED("Erased the case's personal data under the retention schedule"),
    ERASED_SPEAK_UP_REPORT("Erased a speak-up report's personal data under the retention schedule"),
    PLACED_LEGAL_HOLD("Placed a legal hold, stopping erasure"),
    LIFTED_LEGAL_HOLD("Lifted a legal hold"),
    VIEWED_ERASURE_SCHEDULE("Viewed the cases due for erasure"),
    EXPORTED_LEARNING("Shared anonymised lessons with other organisations (a bundle downloaded, published or fetched)"),
    IMPORTED_LEARNING("Imported other organisations' anonymised lessons, or was refused a bundle"),
    CHANGED_HUB_MEMBERS("Issued or revoked a learning hub member's token"),
    ASKED_FOR_OWN_DATA("Asked for a copy of their own data (subject access)"),
    STARTED_SUBJECT_ACCESS("Started a subject access export of the practitioner's data"),
    WITHHELD_FROM_EXPORT("Withheld a document of the case from a subject access export"),
    RELEASED_TO_EXPORT("No longer withheld a document of the case from a subject access export"),
    APPROVED_SUBJECT_ACCESS("Approved a subject access export of the practitioner's data"),
    PRODUCED_SUBJECT_ACCESS("Produced a subject access export of the practitioner's data"),
    DOWNLOADED_SUBJECT_ACCESS("Downloaded a subject access export of the practitioner's data"),
    SET_AUDIT_LOG_RETENTION("Changed how long the audit log keeps its entries (lotus.retention.audit-log-years)"),
    PRUNED_AUDIT_LOG("Deleted audit entries older than the audit log's retention");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
