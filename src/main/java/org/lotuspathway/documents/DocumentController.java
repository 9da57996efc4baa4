package org.lotuspathway.documents;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.lotuspathway.concern.UnknownConcern;
import org.lotuspathway.process.InvalidSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, downloading and withdrawing a case's documents from its page (the list is {@link DocumentsCaseSection}). */
@Controller
@RequestMapping("/cases/{businessKey}/documents")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin')")
class DocumentController {

    static final String NOT_FOUND = "casefile/not-found";

    private final CaseDocuments documents;

    DocumentController(CaseDocuments documents) {
        this.documents = documents;
    }

    @PostMapping
    String add(@PathVariable String businessKey, @RequestParam(required = false) String title,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean shareable,
            @RequestParam(required = false) MultipartFile file, Authentication user, RedirectAttributes redirect)
            throws IOException {
        try {
            CaseDocument added = documents.add(businessKey, new NewDocument(title, DocumentForms.kind(kind),
                    shareable, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes()),
                    user.getName());
            redirect.addFlashAttribute("message", "Added “" + added.title() + "” (" + added.type().label() + ", "
                    + added.sizeInWords() + ").");
            return "redirect:/cases/" + businessKey + "#documents";
        } catch (InvalidSubmission refused) {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("title", title == null ? "" : title);
            kept.put("kind", kind == null ? "" : kind);
            kept.put("shareable", String.valueOf(shareable));
            redirect.addFlashAttribute("problem", "The document was not added. "
                    + String.join(" ", DocumentForms.inOrder(refused.errors()).values()));
            redirect.addFlashAttribute("documentErrors", refused.errors());
            redirect.addFlashAttribute("documentUpload", kept);
            return "redirect:/cases/" + businessKey + "#add-document";
        }
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String businessKey, @PathVariable long documentId) {
        return DocumentDownloads.attachment(documents.download(businessKey, documentId));
    }

    @PostMapping("/{documentId}/withdrawal")
    String withdraw(@PathVariable String businessKey, @PathVariable long documentId,
            @RequestParam(required = false) String reason, Authentication user, RedirectAttributes redirect) {
        try {
            CaseDocument withdrawn = documents.withdraw(businessKey, documentId, reason, user.getName());
            redirect.addFlashAttribute("message", "Withdrew “" + withdrawn.title() + "”. It is kept, marked withdrawn.");
        } catch (InvalidSubmission refused) {
            redirect.addFlashAttribute("problem", "The document was not withdrawn. "
                    + String.join(" ", refused.errors().values()));
        }
        return "redirect:/cases/" + businessKey + "#documents";
    }

    /** Only a body sent without a length can get this far when too large (security/RequestSizeLimit). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        String businessKey = ((Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .get("businessKey");
        redirect.addFlashAttribute("problem", "The document was not added. The file is larger than "
                + documents.maxSizeInWords() + ", the most a document may be.");
        return "redirect:/cases/" + businessKey + "#add-document";
    }

    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadable() {
        return "error";
    }

    @ExceptionHandler({UnknownConcern.class, UnknownDocument.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return NOT_FOUND;
    }
}
