package org.lotuspathway.documents;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.lotuspathway.concern.CaseRecord;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.process.InvalidSubmission;

/**
 * A document on a case: what it is and who added it; its bytes are a {@link DocumentContent}.
 * Never deleted: withdrawing keeps it, marked with who withdrew it, when and why.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument extends CaseRecord {

    static final int TITLE_LENGTH = 200;
    static final int REASON_LENGTH = 2000;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DocumentKind kind;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private boolean shareable;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = REASON_LENGTH)
    private String withdrawalReason;

    protected CaseDocument() {
    }

    CaseDocument(Concern concern, NewDocument document, DocumentType type, String sha256, String addedBy,
            Instant addedAt) {
        super(concern, addedBy, addedAt);
        this.title = document.title();
        this.kind = document.kind();
        this.contentType = type.mediaType();
        this.size = document.bytes().length;
        this.sha256 = sha256;
        this.shareable = document.shareable();
        this.originalName = document.originalName();
    }

    void withdraw(String reason, String by, Instant at) {
        if (isWithdrawn()) {
            throw InvalidSubmission.of("reason", "This document was withdrawn already, by " + withdrawnBy + ".");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawalReason = reason;
    }

    public String title() {
        return title;
    }

    public DocumentKind kind() {
        return kind;
    }

    public DocumentType type() {
        return DocumentType.ofMediaType(contentType);
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public boolean shareable() {
        return shareable;
    }

    public Optional<String> originalName() {
        return Optional.ofNullable(originalName);
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public Optional<String> withdrawnBy() {
        return Optional.ofNullable(withdrawnBy);
    }

    public Optional<String> withdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }

    /** The size as people read it: "840 KB", "2.4 MB". */
    public String sizeInWords() {
        if (size < 1024) {
            return size + " bytes";
        }
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", size / (1024.0 * 1024.0));
    }

    /** The name a download gets: the title in safe characters, with the extension of its type. */
    public String downloadName() {
        String base = title.replaceAll("[^A-Za-z0-9._ -]+", "-").replaceAll("[ -]*-[ -]*", "-").strip()
                .replaceAll("^[.-]+|[.-]+$", "");
        if (base.length() > 80) {
            base = base.substring(0, 80).strip();
        }
        return (base.isEmpty() ? "document-" + id() : base) + "." + type().extension();
    }
}
