package org.lotuspathway.notifications;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox, for administrators: every email, whether it went, and why not. */
@Controller
@RequestMapping("/admin/outbox")
@PreAuthorize("hasRole('camunda-admin')")
class OutboxController {

    static final String PAGE = "notifications/outbox";

    private final OutboxAdministration outbox;

    OutboxController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String show(@RequestParam(defaultValue = "0") int page, Model model) {
        // A page number past any real page (?page=2147483647) shows an empty page, not an error.
        model.addAttribute("page", outbox.page(Math.min(page, Integer.MAX_VALUE / OutboxAdministration.PAGE_SIZE)));
        model.addAttribute("mailStatus", outbox.mailStatus());
        return PAGE;
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        if (outbox.retry(id)) {
            redirect.addFlashAttribute("message", "Email " + id + " will be sent again.");
        } else {
            redirect.addFlashAttribute("problem", "Only an email that failed can be tried again; email " + id
                    + " has not failed, or is not in the outbox.");
        }
        return "redirect:/admin/outbox";
    }
}
