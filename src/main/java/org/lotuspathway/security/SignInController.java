package org.lotuspathway.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
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

    private final SingleSignOn singleSignOn;
    private final LocalSignInSettings local;

    SignInController(ObjectProvider<SingleSignOn> singleSignOn, LocalSignInSettings local) {
        this.singleSignOn = singleSignOn.getIfAvailable();
        this.local = local;
    }

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
                    : refusal instanceof LocalSignInOff off ? off.getMessage() : "The username or password is not right");
            model.addAttribute("failureAdvice", refusal instanceof SignInRefused refused ? refused.advice()
                    : refusal instanceof LocalSignInOff off ? off.advice() : null);
        }
        model.addAttribute("expired", query.containsKey("expired"));
        model.addAttribute("singleSignOn", singleSignOn == null ? null : singleSignOn.signInPath());
        model.addAttribute("providerName", singleSignOn == null ? null : singleSignOn.providerName());
        model.addAttribute("localSignIn", local.localSignIn());
        if (query.containsKey("signedOut")) {
            model.addAttribute("message", "You have signed out.");
        }
        return VIEW;
    }
}
