package org.lotuspathway.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.common.HiddenCharacters;
import org.lotuspathway.common.Sha256;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents on a case: adding one (its type decided from its bytes), reading them, and
 * withdrawing one. Whether the asker may see the case is the caller's check; what a practitioner
 * may have of their own case is {@link #shareableOf} and {@link #sharedDownload}.
 */
@Service
public class CaseDocuments {

    private final Concerns concerns;
    private final CaseDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final DocumentSettings settings;
    private final PathwayClock clock;

    CaseDocuments(Concerns concerns, CaseDocumentRepository documents, DocumentContentRepository contents,
            DocumentSettings settings, PathwayClock clock) {
        this.concerns = concerns;
        this.documents = documents;
        this.contents = contents;
        this.settings = settings;
        this.clock = clock;
    }

    /** A document and its bytes, to download. */
    public record Download(CaseDocument document, byte[] bytes) {
    }

    /** Checks the document and keeps it, or refuses it with a message per field and keeps nothing. */
    @Transactional
    public CaseDocument add(String businessKey, NewDocument upload, String addedBy) {
        Concern concern = concerns.get(businessKey);
        Map<String, String> problems = new LinkedHashMap<>();
        String title = upload.title() == null ? "" : upload.title().replaceAll("\\s+", " ").strip();
        if (title.isEmpty()) {
            problems.put("title", "Give the document a title");
        } else if (title.length() > CaseDocument.TITLE_LENGTH) {
            problems.put("title", "The title must be " + CaseDocument.TITLE_LENGTH + " characters or fewer");
        } else if (HiddenCharacters.in(title)) {
            problems.put("title", HiddenCharacters.problem("The title"));
        }
        if (upload.kind() == null) {
            problems.put("kind", "Choose what kind of document this is");
        }
        Optional<DocumentType> type = checkFile(upload, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        NewDocument checked = new NewDocument(title, upload.kind(), upload.shareable(),
                plainName(upload.originalName()), upload.bytes());
        CaseDocument document = documents.save(new CaseDocument(concern, checked, type.orElseThrow(),
                Sha256.hex(upload.bytes()), addedBy, clock.now()));
        contents.save(new DocumentContent(document.id(), upload.bytes()));
        return document;
    }

    /** Every document on the case, withdrawn ones too, in the order they were added. */
    @Transactional(readOnly = true)
    public List<CaseDocument> of(String businessKey) {
        return documents.findByConcernOrderByRecordedAtAscIdAsc(concerns.get(businessKey));
    }

    /** What the practitioner may see of their case's documents: those marked shareable and not withdrawn. */
    @Transactional(readOnly = true)
    public List<CaseDocument> shareableOf(String businessKey) {
        return of(businessKey).stream().filter(CaseDocument::shareable).filter(d -> !d.isWithdrawn()).toList();
    }

    /** For the case team: any document of the case, withdrawn ones too. */
    @Transactional(readOnly = true)
    public Download download(String businessKey, long documentId) {
        CaseDocument document = onCase(businessKey, documentId);
        return new Download(document, contents.findById(document.id()).orElseThrow(() -> new UnknownDocument(documentId))
                .bytes());
    }

    /** For the practitioner: only a shareable document of the case that has not been withdrawn. */
    @Transactional(readOnly = true)
    public Download sharedDownload(String businessKey, long documentId) {
        Download download = download(businessKey, documentId);
        if (!download.document().shareable() || download.document().isWithdrawn()) {
            throw new UnknownDocument(documentId);
        }
        return download;
    }

    /** The case's documents marked as panel papers and not withdrawn, with their bytes, for a meeting's papers. */
    @Transactional(readOnly = true)
    public List<Download> panelPapersOf(String businessKey) {
        return of(businessKey).stream().filter(d -> d.kind() == DocumentKind.PANEL_PAPER && !d.isWithdrawn())
                .map(d -> new Download(d, contents.findById(d.id()).orElseThrow(() -> new UnknownDocument(d.id())).bytes()))
                .toList();
    }

    @Transactional
    public CaseDocument withdraw(String businessKey, long documentId, String reason, String by) {
        CaseDocument document = onCase(businessKey, documentId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidSubmission.of("reason", "Say why the document is withdrawn");
        }
        if (HiddenCharacters.in(why)) {
            throw InvalidSubmission.of("reason", HiddenCharacters.problem("The reason"));
        }
        if (why.length() > CaseDocument.REASON_LENGTH) {
            throw InvalidSubmission.of("reason", "The reason must be " + CaseDocument.REASON_LENGTH + " characters or fewer");
        }
        document.withdraw(why, by, clock.now());
        return document;
    }

    /** The largest document a case may hold, in words ("20 MB"). */
    public String maxSizeInWords() {
        return settings.maxSizeInWords();
    }

    private CaseDocument onCase(String businessKey, long documentId) {
        Concern concern = concerns.get(businessKey);
        return documents.findById(documentId).filter(d -> d.concern().id().equals(concern.id()))
                .orElseThrow(() -> new UnknownDocument(documentId));
    }

    private Optional<DocumentType> checkFile(NewDocument upload, Map<String, String> problems) {
        byte[] bytes = upload.bytes();
        if (bytes == null || bytes.length == 0) {
            problems.put("file", "The file is empty. Choose the file again, or another one.");
            return Optional.empty();
        }
        if (bytes.length > settings.maxSize().toBytes()) {
            problems.put("file", "The file is larger than " + settings.maxSizeInWords()
                    + ", the most a document may be.");
            return Optional.empty();
        }
        Optional<DocumentType> type = DocumentTypes.identify(bytes);
        if (type.isEmpty()) {
            problems.put("file", DocumentTypes.refusal(bytes));
            return type;
        }
        String extension = extensionOf(upload.originalName());
        if (extension != null && !type.get().fitsExtension(extension)) {
            // The content decides the type; a name that claims another is a file chosen by mistake or disguised.
            problems.put("file", "The file's name ends in ." + extension + " but it is a " + type.get().label()
                    + ". Check it is the file you meant; if it is, rename it to end in ." + type.get().extension() + ".");
            return Optional.empty();
        }
        return type;
    }

    private static String extensionOf(String name) {
        String plain = plainName(name);
        if (plain == null || plain.lastIndexOf('.') < 0 || plain.endsWith(".")) {
            return null;
        }
        return plain.substring(plain.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** The last part of the name a browser sent, without control characters, at most 255 characters. */
    private static String plainName(String name) {
        if (name == null) {
            return null;
        }
        String plain = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (plain.isEmpty()) {
            return null;
        }
        return plain.length() > 255 ? plain.substring(plain.length() - 255) : plain;
    }
}
