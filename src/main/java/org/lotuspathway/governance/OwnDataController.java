package org.lotuspathway.governance;

import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.register.UnknownPractitioner;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practitioner asks, from the portal, for a copy of everything held about them, and downloads it once produced. */
@Controller
@RequestMapping("/portal/my-data")
@PreAuthorize("hasRole('practitioner')")
class OwnDataController {

    static final String PAGE = "governance/own-data";
    static final String NOT_FOUND = "portal/not-found";

    private final SubjectAccessRequests requests;

    OwnDataController(SubjectAccessRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    String show(Authentication user, Model model) {
        model.addAttribute("exports", requests.own(user.getName()));
        return PAGE;
    }

    @PostMapping
    String ask(Authentication user, RedirectAttributes redirect) {
        try {
            requests.ask(user.getName());
            redirect.addFlashAttribute("message", "Thank you. An administrator will check your request; "
                    + "your copy will then be ready to download here.");
        } catch (InvalidSubmission invalid) {
            redirect.addFlashAttribute("problem", String.join(" ", invalid.errors().values()));
        }
        return "redirect:/portal/my-data";
    }

    @GetMapping("/{id}/export.zip")
    ResponseEntity<byte[]> download(@PathVariable long id, Authentication user) {
        SubjectAccessRequests.Download download = requests.downloadOwn(id, user.getName());
        return ExportZip.attachment(download.export(), download.zip());
    }

    /** Another practitioner's export, or none: the same answer, so nothing leaks. */
    @ExceptionHandler({UnknownExport.class, UnknownPractitioner.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return NOT_FOUND;
    }
}
