package org.lotuspathway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lotus.local-sign-in} and {@code lotus.break-glass-administrators}: whether usernames and
 * passwords kept here (in Camunda's identity service) still sign people in. With single sign-on,
 * turn them off; the break-glass administrators named (members of the administrators' group) still
 * sign in with a password, for when the provider is down.
 */
@ConfigurationProperties("lotus")
record LocalSignInSettings(@DefaultValue("true") boolean localSignIn,
        @DefaultValue List<String> breakGlassAdministrators) {

    boolean allows(String username, List<String> groups) {
        return localSignIn || breakGlassAdministrators.contains(username) && groups.contains(Roles.ADMIN);
    }
}
