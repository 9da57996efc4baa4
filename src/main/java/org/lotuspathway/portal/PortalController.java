package org.lotuspathway.portal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.lotuspathway.concern.UnknownConcern;
import org.lotuspathway.documents.DocumentDownloads;
import org.lotuspathway.documents.UnknownDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practitioner's portal: their own cases, letters and replies, and where to get support. */
@Controller
@RequestMapping("/portal")
@PreAuthorize("hasRole('practitioner')")
class PortalController {

    static final String HOME = "portal/home";
    static final String CASE = "portal/case";
    static final String LETTER = "portal/letter";
    static final String NOT_FOUND = "portal/not-found";

    private final Portal portal;

    PortalController(Portal portal) {
        this.portal = portal;
    }

    @GetMapping
    String home(Authentication user, Model model) {
        model.addAttribute("cases", portal.casesOf(user.getName()));
        model.addAttribute("support", portal.supportFor(user.getName()));
        return HOME;
    }

    @GetMapping("/cases/{businessKey}")
    String showCase(@PathVariable String businessKey, Authentication user, Model model) {
        model.addAttribute("mine", portal.caseOf(user.getName(), businessKey));
        model.addAttribute("support", portal.supportFor(user.getName()));
        model.addAttribute("response", ResponseForm.empty());
        return CASE;
    }

    @PostMapping("/cases/{businessKey}/responses")
    String respond(@PathVariable String businessKey, @Valid @ModelAttribute("response") ResponseForm response,
            BindingResult errors, Authentication user, Model model, HttpServletResponse http,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("mine", portal.caseOf(user.getName(), businessKey));
            model.addAttribute("support", portal.supportFor(user.getName()));
            return CASE;
        }
        portal.respond(user.getName(), businessKey, response);
        redirect.addFlashAttribute("message", response.responseKind() == ResponseKind.CALL_REQUEST
                ? "Thank you. Your case manager will call you soon." : "Thank you. Your case manager will read your message soon.");
        return "redirect:/portal/cases/" + businessKey;
    }

    @GetMapping("/letters/{updateId}")
    String letter(@PathVariable long updateId, Authentication user, Model model) {
        Portal.Letter letter = portal.letter(user.getName(), updateId);
        model.addAttribute("letter", letter.update());
        model.addAttribute("businessKey", letter.businessKey());
        return LETTER;
    }

    @GetMapping("/letters/{updateId}/letter.pdf")
    ResponseEntity<byte[]> letterPdf(@PathVariable long updateId, Authentication user) {
        byte[] pdf = portal.letterPdf(user.getName(), updateId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("lotus-pathway-letter-" + updateId + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/cases/{businessKey}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String businessKey, @PathVariable long documentId,
            Authentication user) {
        return DocumentDownloads.attachment(portal.document(user.getName(), businessKey, documentId));
    }

    /** Another practitioner's case or document, one not shared, or none at all: the same answer, so nothing leaks. */
    @ExceptionHandler({UnknownConcern.class, UnknownDocument.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND;
    }
}
