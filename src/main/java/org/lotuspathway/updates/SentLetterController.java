package org.lotuspathway.updates;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.UnknownConcern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A letter as it was sent, for the case team: exactly what the practitioner reads in their portal,
 * and its PDF. Linked from the case page. A letter of another case, or none, is "not found".
 */
@Controller
@RequestMapping("/cases/{businessKey}/letters/{updateId}")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin')")
class SentLetterController {

    static final String PAGE = "updates/sent-letter";
    static final String NOT_FOUND = "casefile/not-found";

    private final PractitionerUpdateRepository updates;
    private final PractitionerUpdates letters;
    private final Concerns concerns;

    SentLetterController(PractitionerUpdateRepository updates, PractitionerUpdates letters, Concerns concerns) {
        this.updates = updates;
        this.letters = letters;
        this.concerns = concerns;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String show(@PathVariable String businessKey, @PathVariable long updateId, Model model) {
        model.addAttribute("letter", letterOf(businessKey, updateId));
        model.addAttribute("businessKey", businessKey);
        return PAGE;
    }

    @GetMapping("/letter.pdf")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> pdf(@PathVariable String businessKey, @PathVariable long updateId) {
        byte[] pdf = letters.pdfOf(letterOf(businessKey, updateId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("letter-" + businessKey + "-" + updateId + ".pdf").build().toString())
                .body(pdf);
    }

    private PractitionerUpdate letterOf(String businessKey, long updateId) {
        concerns.get(businessKey);
        return updates.findById(updateId).filter(update -> update.concern().businessKey().equals(businessKey))
                .orElseThrow(() -> new UnknownConcern(businessKey));
    }

    @ExceptionHandler(UnknownConcern.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return NOT_FOUND;
    }
}
