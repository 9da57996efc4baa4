package org.lotuspathway.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form it posts (POST /login) and sign-out, and
 * comes back here with ?error, ?signedOut or ?expired: flags without values. After ?error, why the
 * sign-in was refused waits in the session ({@link SignInRefused}).
 */
@Controller
class SignInController {

    static final String VIEW = "login";

    @GetMapping("/login")
    String signIn(@RequestParam Map<String, String> query, HttpServletRequest request, Model model) {
        boolean failed = query.containsKey("error");
        model.addAttribute("failed", failed);
        if (failed) {
            HttpSession session = request.getSession(false);
            Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (session != null) {
                session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            }
            model.addAttribute("failure", refusal instanceof SignInRefused refused ? refused.problem()
                    : "The username or password is not right");
            model.addAttribute("failureAdvice", refusal instanceof SignInRefused refused ? refused.advice() : null);
        }
        model.addAttribute("expired", query.containsKey("expired"));
        if (query.containsKey("signedOut")) {
            model.addAttribute("message", "You have signed out.");
        }
        return VIEW;
    }
}
