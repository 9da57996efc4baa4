package org.lotuspathway.governance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.register.PractitionerRecords;
import org.lotuspathway.register.UnknownPractitioner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access: a practitioner's complete record, asked for by an administrator or by the
 * practitioner from the portal. An administrator may withhold documents (saying why) while the
 * export waits for approval, then approves it; {@link ExportWorker} produces it in the background.
 * The API asks and collects in one: it starts an export (no review) or hands over the one ready.
 * Every step is audited under the practitioner's registration; a withheld document under its case.
 */
@Service
public class SubjectAccessRequests {

    static final int MAX_REASON = 2000;

    /** A document on one of the practitioner's cases, as the administrator reviewing the export sees it. */
    public record DocumentOnCase(long id, String businessKey, String title, String kind, Instant addedAt,
            boolean shareable) {
    }

    public record Review(ExportJob export, List<DocumentOnCase> documents,
            Map<Long, SubjectAccessExports.WithheldDocument> withheld) {
    }

    /** What the API answers: the ZIP if it is ready, else the export being produced. */
    public record ApiAnswer(ExportJob export, Optional<byte[]> zip) {
    }

    /** An export handed over, with its ZIP. */
    public record Download(ExportJob export, byte[] zip) {
    }

    private final SubjectAccessExports exports;
    private final PractitionerRecords records;
    private final PractitionerRepository practitioners;
    private final JdbcTemplate jdbc;
    private final PathwayClock clock;
    private final AuditLog audit;

    SubjectAccessRequests(SubjectAccessExports exports, PractitionerRecords records, PractitionerRepository practitioners,
            JdbcTemplate jdbc, PathwayClock clock, AuditLog audit) {
        this.exports = exports;
        this.records = records;
        this.practitioners = practitioners;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** An administrator starts an export, to review before approving it. */
    @Transactional
    public ExportJob start(String register, String number, String admin) {
        Practitioner practitioner = find(register, number);
        long id = exports.create(practitioner.id(), ExportStatus.REQUESTED, admin, clock.now());
        audit.record(admin, AuditAction.STARTED_SUBJECT_ACCESS, practitioner.registration(), "export " + id);
        return exports.find(id).orElseThrow();
    }

    /** The practitioner asks for their own data; an administrator approves it. One open request at a time. */
    @Transactional
    public ExportJob ask(String username) {
        Practitioner practitioner = practitioners.findByUsername(username)
                .orElseThrow(() -> new UnknownPractitioner(username));
        if (exports.of(practitioner.id()).stream().anyMatch(job -> job.awaitingApproval() || job.inProgress())) {
            throw InvalidSubmission.of("request", "You have already asked for a copy of your data: it is on its way.");
        }
        long id = exports.create(practitioner.id(), ExportStatus.REQUESTED, username, clock.now());
        audit.record(username, AuditAction.ASKED_FOR_OWN_DATA, practitioner.registration(), "export " + id);
        return exports.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ExportJob> newest() {
        return exports.newest(100);
    }

    /** The export with the documents it could hold, for an administrator deciding what to withhold. */
    @Transactional
    public Review review(long id, String admin) {
        ExportJob export = exports.find(id).orElseThrow(() -> new UnknownExport(id));
        audit.record(admin, AuditAction.VIEWED_PRACTITIONER, export.registration(), "subject access export " + id);
        return new Review(export, documentsOf(export.practitionerId()), exports.withheld(id));
    }

    @Transactional
    public void withhold(long id, long document, String reason, String admin) {
        ExportJob export = awaitingApproval(id);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw InvalidSubmission.of("reason", "Say why the document is withheld (for example, it holds another person's"
                    + " data), in at most " + MAX_REASON + " characters");
        }
        DocumentOnCase withheld = documentOf(export, document);
        exports.withhold(id, document, why, admin, clock.now());
        // the reason may name people: it stays with the export, not in the audit log
        audit.record(admin, AuditAction.WITHHELD_FROM_EXPORT, withheld.businessKey(), "document " + document
                + " from subject access export " + id);
    }

    @Transactional
    public void release(long id, long document, String admin) {
        ExportJob export = awaitingApproval(id);
        DocumentOnCase released = documentOf(export, document);
        if (exports.release(id, document)) {
            audit.record(admin, AuditAction.RELEASED_TO_EXPORT, released.businessKey(), "document " + document
                    + " in subject access export " + id);
        }
    }

    @Transactional
    public void approve(long id, String admin) {
        ExportJob export = awaitingApproval(id);
        exports.approve(id, admin, clock.now());
        audit.record(admin, AuditAction.APPROVED_SUBJECT_ACCESS, export.registration(), "export " + id);
    }

    /** The API's one address: the ready ZIP; else the export being produced; else a new one, started now. */
    @Transactional
    public ApiAnswer forApi(String register, String number, String admin) {
        Practitioner practitioner = find(register, number);
        Optional<ExportJob> latest = exports.of(practitioner.id()).stream()
                .filter(job -> job.inProgress() || job.downloadable()).findFirst();
        if (latest.isPresent() && latest.get().downloadable()) {
            return new ApiAnswer(latest.get(), Optional.of(download(latest.get().id(), admin).zip()));
        }
        if (latest.isPresent()) {
            return new ApiAnswer(latest.get(), Optional.empty());
        }
        long id = exports.create(practitioner.id(), ExportStatus.QUEUED, admin, clock.now());
        audit.record(admin, AuditAction.STARTED_SUBJECT_ACCESS, practitioner.registration(), "export " + id + ", by the API");
        return new ApiAnswer(exports.find(id).orElseThrow(), Optional.empty());
    }

    @Transactional
    public Download download(long id, String by) {
        ExportJob export = exports.find(id).orElseThrow(() -> new UnknownExport(id));
        byte[] zip = exports.zip(id).filter(bytes -> export.downloadable()).orElseThrow(() -> new UnknownExport(id));
        audit.record(by, AuditAction.DOWNLOADED_SUBJECT_ACCESS, export.registration(), "export " + id);
        return new Download(export, zip);
    }

    /** The practitioner's own exports, newest first. */
    @Transactional(readOnly = true)
    public List<ExportJob> own(String username) {
        return practitioners.findByUsername(username).map(p -> exports.of(p.id())).orElse(List.of());
    }

    /** The practitioner's own export; anyone else's, or none, is unknown. */
    @Transactional
    public Download downloadOwn(long id, String username) {
        boolean theirs = own(username).stream().anyMatch(job -> job.id() == id && job.downloadable());
        if (!theirs) {
            throw new UnknownExport(id);
        }
        return download(id, username);
    }

    private ExportJob awaitingApproval(long id) {
        ExportJob export = exports.find(id).orElseThrow(() -> new UnknownExport(id));
        if (!export.awaitingApproval()) {
            throw InvalidSubmission.of("export", "This export is already approved: documents can be withheld only before.");
        }
        return export;
    }

    private DocumentOnCase documentOf(ExportJob export, long document) {
        return documentsOf(export.practitionerId()).stream().filter(d -> d.id() == document).findFirst()
                .orElseThrow(() -> InvalidSubmission.of("document", "There is no such document on the practitioner's cases"));
    }

    private List<DocumentOnCase> documentsOf(long practitioner) {
        return jdbc.query("""
                select d.id, c.business_key, d.title, d.kind, d.recorded_at, d.shareable from case_document d
                join concern c on c.id = d.concern_id where c.practitioner_id = ? and c.erased_at is null
                order by c.raised_at, c.id, d.recorded_at, d.id""", (row, n) -> new DocumentOnCase(row.getLong(1),
                row.getString(2), row.getString(3), row.getString(4), row.getTimestamp(5).toInstant(), row.getBoolean(6)),
                practitioner);
    }

    private Practitioner find(String register, String number) {
        Practitioner practitioner = records.find(register, number);
        if (practitioner.registerNumber().equals("ERASED")) {
            // the stand-in that erased cases point to: nobody's data
            throw new UnknownPractitioner(register + " " + number);
        }
        return practitioner;
    }
}
