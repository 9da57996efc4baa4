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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Subject access for administrators (/admin/subject-access): every export with its progress, a new
 * one started for a practitioner, and one export's review: withhold documents (with why), approve,
 * download.
 */
@Controller
@RequestMapping("/admin/subject-access")
@PreAuthorize("hasRole('camunda-admin')")
class SubjectAccessController {

    static final String LIST = "governance/subject-access";
    static final String EXPORT = "governance/subject-access-export";
    static final String NOT_FOUND = "casefile/not-found";

    private final SubjectAccessRequests requests;

    SubjectAccessController(SubjectAccessRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("exports", requests.newest());
        return LIST;
    }

    @PostMapping
    String start(@RequestParam(defaultValue = "") String register, @RequestParam(defaultValue = "") String number,
            Authentication admin, RedirectAttributes redirect) {
        try {
            ExportJob export = requests.start(register.strip(), number.strip(), admin.getName());
            redirect.addFlashAttribute("message", "Choose any documents to withhold, then approve the export.");
            return "redirect:/admin/subject-access/" + export.id();
        } catch (UnknownPractitioner unknown) {
            redirect.addFlashAttribute("problem", "There is no practitioner " + register.strip() + " " + number.strip() + ".");
            return "redirect:/admin/subject-access";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication admin, Model model) {
        model.addAttribute("review", requests.review(id, admin.getName()));
        return EXPORT;
    }

    @PostMapping("/{id}/withheld")
    String withhold(@PathVariable long id, @RequestParam long document, @RequestParam(defaultValue = "") String reason,
            Authentication admin, RedirectAttributes redirect) {
        return done(id, () -> requests.withhold(id, document, reason, admin.getName()),
                "The document is withheld from this export; the reason is kept with it.", redirect);
    }

    @PostMapping("/{id}/released")
    String release(@PathVariable long id, @RequestParam long document, Authentication admin, RedirectAttributes redirect) {
        return done(id, () -> requests.release(id, document, admin.getName()),
                "The document is no longer withheld from this export.", redirect);
    }

    @PostMapping("/{id}/approval")
    String approve(@PathVariable long id, Authentication admin, RedirectAttributes redirect) {
        return done(id, () -> requests.approve(id, admin.getName()),
                "Approved: the export is being produced. This page shows how far it is.", redirect);
    }

    @GetMapping("/{id}/export.zip")
    ResponseEntity<byte[]> download(@PathVariable long id, Authentication admin) {
        SubjectAccessRequests.Download download = requests.download(id, admin.getName());
        return ExportZip.attachment(download.export(), download.zip());
    }

    private static String done(long id, Runnable change, String message, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("message", message);
        } catch (InvalidSubmission invalid) {
            redirect.addFlashAttribute("problem", String.join(" ", invalid.errors().values()));
        }
        return "redirect:/admin/subject-access/" + id;
    }

    @ExceptionHandler(UnknownExport.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return NOT_FOUND;
    }
}
