package org.lotuspathway.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF token is taken from a form's body or a request header, never from the address: in a
 * query string it would reach logs, the browser's history and the Referer sent to other sites.
 * Spring Security reads it as a request parameter, and a parameter may come from either; a request
 * whose query string names it is answered as one with no token at all. Our forms carry it in their
 * body (Thymeleaf adds it), so nothing of ours sends it in the address.
 */
final class CsrfTokenNotFromTheAddress implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        tokens.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        if (request.getHeader(token.getHeaderName()) == null && named(request.getQueryString(), token.getParameterName())) {
            return null;
        }
        return tokens.resolveCsrfTokenValue(request, token);
    }

    /** Whether the query string names the parameter; one that cannot be decoded is taken to, and refused. */
    private static boolean named(String query, String parameter) {
        if (query == null) {
            return false;
        }
        try {
            return Arrays.stream(query.split("&"))
                    .map(pair -> URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8))
                    .anyMatch(parameter::equals);
        } catch (IllegalArgumentException undecodable) {
            return true;
        }
    }
}
