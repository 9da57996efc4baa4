package org.lotuspathway.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The headers every answer carries, and how the security chains name paths. */
final class SecurityHeaders {

    /**
     * Our pages load scripts, styles, images and fonts from this site only, and fetch only from it
     * (the case diagram). No inline script or style: the NHS.UK frontend's page script runs from
     * nhsuk.js, and bpmn-js sets styles through the DOM, which a policy does not block. Images and
     * fonts may be data: URLs, which cannot run anything (bpmn-js's stylesheet has an image, the
     * editors' stylesheets embed their icon fonts).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * The lead's editors (bpmn-js, dmn-js and form-js modelers) also set style attributes from their
     * scripts, and CodeMirror (in the decision table and form editors) writes a style element. Those
     * pages alone may have style attributes, and a style element carrying this request's nonce
     * ({@link StyleNonce}); still no inline script.
     */
    static String editorContentSecurityPolicy(String styleNonce) {
        return CONTENT_SECURITY_POLICY.replace("style-src 'self'; ",
                "style-src 'self' 'nonce-" + styleNonce + "'; style-src-attr 'unsafe-inline'; ");
    }

    /** JSON and XML answers need nothing at all. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * What every answer carries besides Spring Security's defaults (X-Content-Type-Options: nosniff,
     * X-Frame-Options: DENY, no caching, and Strict-Transport-Security on HTTPS requests).
     */
    static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /**
     * A pattern for the whole path after the context path, whichever servlet answers it. Camunda's
     * REST APIs are Jersey servlets (/engine-rest/*, /camunda/api/engine/*, ...), not Spring MVC, and a
     * pattern matched only against a servlet's own part of the path would let them all through.
     */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private SecurityHeaders() {
    }
}
