package org.lotuspathway.security;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A number used once, per request, that lets the leads' editors add the style elements their
 * scripts make (CodeMirror, inside the decision table and form editors, writes its styles into a
 * style element). The page hands it to the editor script, which gives it to those elements, and the
 * editor pages' Content-Security-Policy names it in style-src: no other style element is allowed,
 * and nothing changes for scripts.
 */
public final class StyleNonce {

    private static final String ATTRIBUTE = StyleNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private StyleNonce() {
    }

    /** This request's nonce, made on first use. */
    public static String of(HttpServletRequest request) {
        Object nonce = request.getAttribute(ATTRIBUTE);
        if (nonce instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String made = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, made);
        return made;
    }
}
