package org.lotuspathway.documents;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/** A case's documents for integrations (HTTP Basic): add one, list them, download one. */
@RestController
@RequestMapping("/api/cases/{businessKey}/documents")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin')")
class DocumentApiController {

    private final CaseDocuments documents;

    DocumentApiController(CaseDocuments documents) {
        this.documents = documents;
    }

    record Withdrawal(Instant at, String by, String reason) {
    }

    record DocumentView(long id, String title, DocumentKind kind, String contentType, long size, String sha256,
            boolean shareable, String addedBy, Instant addedAt, String downloadUrl, Withdrawal withdrawn) {

        static DocumentView of(String businessKey, CaseDocument document) {
            return new DocumentView(document.id(), document.title(), document.kind(), document.contentType(),
                    document.size(), document.sha256(), document.shareable(), document.recordedBy(),
                    document.recordedAt(), "/api/cases/" + businessKey + "/documents/" + document.id(),
                    document.isWithdrawn() ? new Withdrawal(document.withdrawnAt().orElseThrow(),
                            document.withdrawnBy().orElseThrow(), document.withdrawalReason().orElseThrow()) : null);
        }
    }

    record Documents(List<DocumentView> documents) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> add(@PathVariable String businessKey, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "false") boolean shareable, Authentication user) throws IOException {
        if (file == null) {
            throw InvalidSubmission.of("file", "Send the document as a part named file");
        }
        CaseDocument added = documents.add(businessKey, new NewDocument(title, DocumentForms.kind(kind), shareable,
                file.getOriginalFilename(), file.getBytes()), user.getName());
        DocumentView view = DocumentView.of(businessKey, added);
        return ResponseEntity.created(URI.create(view.downloadUrl())).body(view);
    }

    /** Anything but multipart: said plainly (the JSON API's general answer would ask for JSON). */
    @PostMapping
    ResponseEntity<ApiError> notMultipart() {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of(415,
                "Send the document as multipart/form-data: the file as a part named file, with parts title, kind"
                        + " and shareable"));
    }

    @GetMapping
    Documents list(@PathVariable String businessKey) {
        return new Documents(documents.of(businessKey).stream().map(d -> DocumentView.of(businessKey, d)).toList());
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String businessKey, @PathVariable long documentId) {
        return DocumentDownloads.attachment(documents.download(businessKey, documentId));
    }

    @ExceptionHandler(InvalidSubmission.class)
    ResponseEntity<ApiError> refused(InvalidSubmission refused) {
        return ResponseEntity.badRequest().body(new ApiError(400, "The document was not added: "
                + String.join(" ", DocumentForms.inOrder(refused.errors()).values()), refused.errors()));
    }

    /** Only a body sent without a length can get this far when too large (security/RequestSizeLimit). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiError.of(413,
                "The file is larger than " + documents.maxSizeInWords() + ", the most a document may be. Nothing was added."));
    }

    /** A body that says it is multipart but cannot be read as such (no boundary, cut short, garbled). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> unreadable() {
        return ResponseEntity.badRequest().body(ApiError.of(400,
                "The upload could not be read as multipart/form-data. Nothing was added."));
    }

    @ExceptionHandler(UnknownDocument.class)
    ResponseEntity<ApiError> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "No such document on this case"));
    }
}
