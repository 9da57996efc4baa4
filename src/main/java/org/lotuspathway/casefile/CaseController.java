package org.lotuspathway.casefile;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.process.InvalidSubmission;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.lotuspathway.concern.UnknownConcern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A case's page for the team: its whole story. Practitioners see their case in the portal instead. */
@Controller
@RequestMapping("/cases/{businessKey}")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin')")
class CaseController {

    static final String CASE = "casefile/case";
    static final String NOT_FOUND = "casefile/not-found";

    private final CaseFiles files;
    private final CaseNotes notes;

    CaseController(CaseFiles files, CaseNotes notes) {
        this.files = files;
        this.notes = notes;
    }

    @GetMapping
    String show(@PathVariable String businessKey, Authentication user, Model model) {
        model.addAttribute("file", files.load(businessKey));
        model.addAttribute("viewer", CurrentUser.of(user));
        return CASE;
    }

    /** The case team's note; the page comes back with the note kept and the problem by it if it cannot be kept. */
    @PostMapping("/notes")
    @PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing')")
    String writeNote(@PathVariable String businessKey, @RequestParam(required = false) String note,
            Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            notes.write(businessKey, note, user.getName());
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("file", files.load(businessKey));
            model.addAttribute("viewer", CurrentUser.of(user));
            model.addAttribute("noteText", note);
            model.addAttribute("noteError", invalid.errors().get("note"));
            return CASE;
        }
        redirect.addFlashAttribute("message", "Your note is on the case.");
        return "redirect:/cases/" + businessKey + "#notes";
    }

    @GetMapping(value = "/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> diagram(@PathVariable String businessKey) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(files.diagram(businessKey));
    }

    @ExceptionHandler(UnknownConcern.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return NOT_FOUND;
    }
}
