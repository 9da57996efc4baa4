package org.lotuspathway.audit;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.lotuspathway.security.CamundaApiRefused;
import org.lotuspathway.security.CamundaPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Every request to Camunda's APIs ({@code /engine-rest}, {@code /camunda/api}) that was refused
 * to someone signed in: by Spring Security (only administrators may call them), or by the rules
 * on what they accept ({@link org.lotuspathway.security.CamundaApiRules}). A refusal is answered
 * whether or not its line can be written; a line that cannot be is logged loudly.
 */
@Component
class CamundaApiRefusals {

    private static final Logger LOG = LoggerFactory.getLogger(CamundaApiRefusals.class);
    private static final Pattern CAMUNDA_APIS = Pattern.compile("/(?:engine-rest|camunda/api)(?:/.*)?",
            Pattern.CASE_INSENSITIVE);

    private final AuditLog log;

    CamundaApiRefusals(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void refusedByRules(CamundaApiRefused refused) {
        record(refused.actor(), refused.detail());
    }

    @EventListener
    void refusedBySecurity(AuthorizationDeniedEvent<?> denied) {
        Authentication user = denied.getAuthentication().get();
        if (!(denied.getObject() instanceof HttpServletRequest request) || user == null || !user.isAuthenticated()
                || user instanceof AnonymousAuthenticationToken
                || !CAMUNDA_APIS.matcher(CamundaPaths.normalised(request)).matches()) {
            return;
        }
        record(user.getName(), request.getMethod() + " " + request.getRequestURI() + " (403)");
    }

    private void record(String actor, String detail) {
        try {
            log.record(actor, AuditAction.REFUSED, null, detail);
        } catch (RuntimeException failure) {
            LOG.error("Could not record the refusal of {} to {} in the audit log", detail, actor, failure);
        }
    }
}
