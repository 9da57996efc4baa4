package org.lotuspathway.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * A form refused for its missing or stale CSRF token (open too long, sent twice, its cookie lost)
 * is not a page someone's role forbids: the error page says it was not sent and how to send it
 * again ({@code expiredForm} among the error's attributes), on every chain that checks tokens.
 */
@Component
public class ExpiredForms extends DefaultErrorAttributes {

    private static final String EXPIRED_FORM = ExpiredForms.class.getName() + ".expired";
    private static final AccessDeniedHandler REFUSED = new AccessDeniedHandlerImpl();

    /** Answers 403 either way; marks the request when the refusal was the form's token. */
    static final AccessDeniedHandler HANDLER = (HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) -> {
        if (denied instanceof CsrfException) {
            request.setAttribute(EXPIRED_FORM, Boolean.TRUE);
        }
        REFUSED.handle(request, response, denied);
    };

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (Boolean.TRUE.equals(request.getAttribute(EXPIRED_FORM, RequestAttributes.SCOPE_REQUEST))) {
            attributes.put("expiredForm", true);
        }
        return attributes;
    }
}
