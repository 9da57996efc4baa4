package org.lotuspathway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plain page for a sign-in through the organisation's provider that did not let someone in:
 * what happened in words, and what to do, never a stack trace or a 500. Why a token was refused
 * (its signature, its expiry) is not told: only that it could not be checked.
 */
@Controller
class SignInRefusedController {

    static final String VIEW = "security/sign-in-refused";

    private static final Logger log = LoggerFactory.getLogger(SignInRefusedController.class);

    private final ObjectProvider<SingleSignOn> singleSignOn;

    SignInRefusedController(ObjectProvider<SingleSignOn> singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping(SingleSignOn.REFUSED)
    String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession(false);
        Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        String reason = refusal instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        if (refusal instanceof OAuth2AuthenticationException oauth) {
            // the provider's or Spring Security's words (an invalid signature, an expired token), for the operators
            log.info("Single sign-on refused: {} {}", reason, oauth.getError().getDescription());
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        switch (reason) {
            case SingleSignOnUsers.NO_ROLE -> explain(model, "Your account has no role in Lotus Pathway",
                    "Ask your administrator to add you to one of the groups that give a role in Lotus Pathway.");
            case SingleSignOnUsers.NOT_MATCHED -> explain(model, "We could not match your account to your record",
                    "The practitioners' portal opens only when your account matches exactly one practitioner's record. "
                            + "Ask the Professional Standards Team to check the registration number or email on your record.");
            case SingleSignOnUsers.UNUSABLE_USERNAME -> explain(model, "Your account's username cannot be used here",
                    "Ask your administrator to check how your account is set up for Lotus Pathway.");
            case SingleSignOnUsers.LOCAL_ACCOUNT -> explain(model, "Your account's username belongs to a local account",
                    "Lotus Pathway already has an account with this username that signs in with a password. "
                            + "Ask your administrator to delete that local account (Camunda Admin), or to give you a different username.");
            case "client_registration_not_found", "invalid_token_response" -> unreachable(model, response);
            default -> explain(model, "Your sign-in could not be checked",
                    "You are not signed in. Try again; if it happens again, tell your administrator.");
        }
        return VIEW;
    }

    /**
     * Reached when the provider could not be looked up (see SingleSignOn's resolver), or when there
     * is no such provider here at all: single sign-on is off, or the address names another one.
     */
    @GetMapping(SingleSignOn.AUTHORIZATION_BASE + "/{registrationId}")
    String providerDown(@PathVariable String registrationId, HttpServletResponse response, Model model) {
        if (singleSignOn.getIfAvailable() == null || !SingleSignOnSettings.REGISTRATION_ID.equals(registrationId)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            explain(model, "There is no such sign-in here", "Sign in from the sign-in page.");
            return VIEW;
        }
        unreachable(model, response);
        return VIEW;
    }

    private static void unreachable(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        explain(model, "The sign-in service did not answer",
                "You are not signed in. Try again in a few minutes; if it goes on, tell your administrator.");
    }

    private static void explain(Model model, String problem, String advice) {
        model.addAttribute("problem", problem);
        model.addAttribute("advice", advice);
    }
}
