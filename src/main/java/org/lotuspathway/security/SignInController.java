package org.lotuspathway.security;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form it posts (POST /login) and sign-out, and
 * comes back here with ?error, ?signedOut or ?expired: flags without values.
 */
@Controller
class SignInController {

    static final String VIEW = "login";

    @GetMapping("/login")
    String signIn(@RequestParam Map<String, String> query, Model model) {
        model.addAttribute("failed", query.containsKey("error"));
        model.addAttribute("expired", query.containsKey("expired"));
        if (query.containsKey("signedOut")) {
            model.addAttribute("message", "You have signed out.");
        }
        return VIEW;
    }
}
