package org.lotuspathway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-in locks, for administrators: which clients are locked out of which accounts for a while
 * after wrong passwords, and a way to lift them at once (a user who forgot their password and has
 * just been given a new one need not wait).
 */
@Controller
@RequestMapping("/admin/sign-in-locks")
@PreAuthorize("hasRole('camunda-admin')")
class SignInLocksController {

    static final String PAGE = "security/sign-in-locks";
    private static final Logger LOG = LoggerFactory.getLogger(SignInLocksController.class);

    private final SignInAttempts attempts;

    SignInLocksController(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("locks", attempts.locks());
        return PAGE;
    }

    @PostMapping("/unlock")
    String unlock(@RequestParam(defaultValue = "") String username, Authentication admin, RedirectAttributes redirect) {
        String name = username.strip();
        if (name.isEmpty() || name.length() > SignInAttempts.MAX_USERNAME_LENGTH) {
            redirect.addFlashAttribute("problem", "Enter the username to unlock, at most "
                    + SignInAttempts.MAX_USERNAME_LENGTH + " characters.");
        } else if (attempts.unlock(name) == 0) {
            redirect.addFlashAttribute("problem", "Nothing was holding back sign-ins to " + name + ".");
        } else {
            LOG.info("{} lifted the sign-in locks and waits on {}", admin.getName(), name);
            redirect.addFlashAttribute("message", name + " can sign in again from anywhere.");
        }
        return "redirect:/admin/sign-in-locks";
    }
}
