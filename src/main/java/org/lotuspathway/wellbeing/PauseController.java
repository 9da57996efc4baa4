package org.lotuspathway.wellbeing;

import org.lotuspathway.process.InvalidSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pausing and resuming a case's clock, from the case page or a check-in. */
@Controller
@RequestMapping("/cases/{businessKey}")
@PreAuthorize("hasAnyRole('wellbeing', 'ro', 'casemanager')")
class PauseController {

    private final CasePauses pauses;

    PauseController(CasePauses pauses) {
        this.pauses = pauses;
    }

    @PostMapping("/pause")
    String pause(@PathVariable String businessKey, @RequestParam(required = false) String reason, Authentication user,
            RedirectAttributes redirect) {
        try {
            pauses.pause(businessKey, reason, user.getName());
            redirect.addFlashAttribute("message", "The case is paused. Its deadlines stop until you resume it; check-ins go on.");
        } catch (InvalidSubmission refused) {
            redirect.addFlashAttribute("problem", refused.errors().values().iterator().next());
        }
        return "redirect:/cases/" + businessKey;
    }

    @PostMapping("/resume")
    String resume(@PathVariable String businessKey, Authentication user, RedirectAttributes redirect) {
        try {
            pauses.resume(businessKey, user.getName());
            redirect.addFlashAttribute("message", "The case has resumed. Its deadlines moved on by the time it was paused.");
        } catch (InvalidSubmission refused) {
            redirect.addFlashAttribute("problem", refused.errors().values().iterator().next());
        }
        return "redirect:/cases/" + businessKey;
    }
}
