package org.lotuspathway.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.lotuspathway.process.engine.StaffDirectory;

/**
 * Signs users in against Camunda's identity service, the one user store, so that the same users
 * and groups work here and in Cockpit, Tasklist and Admin. Every sign-in comes here: our page,
 * HTTP Basic on the API and the engine's REST API (the webapps take the user from our session).
 * {@link SignInAttempts} throttles and, for a while, locks out a client that keeps trying wrong
 * passwords for an account, and says why a sign-in was refused without telling whether the
 * username exists.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final StaffDirectory staff;
    private final SignInAttempts attempts;
    private final LocalSignInSettings local;

    CamundaIdentityAuthentication(StaffDirectory staff, SignInAttempts attempts, LocalSignInSettings local) {
        this.staff = staff;
        this.attempts = attempts;
        this.local = local;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        Object password = attempt.getCredentials();
        if (username == null || username.isBlank() || password == null) {
            throw new BadCredentialsException("The username or password is not right");
        }
        SignInAttempts.requirePlausible(username);
        // With local sign-in off, only a break-glass administrator's password is even checked.
        if (!local.localSignIn() && !local.breakGlassAdministrators().contains(username)) {
            throw new LocalSignInOff();
        }
        String client = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        attempts.requireAllowed(username, client);
        if (!staff.checkPassword(username, password.toString())) {
            throw attempts.refused(username, client);
        }
        attempts.succeeded(username, client);
        List<String> groups = staff.groupsOf(username);
        if (!local.allows(username, groups)) {
            throw new LocalSignInOff();
        }
        List<SimpleGrantedAuthority> roles = groups.stream().map(Roles::authority).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(username, null, roles);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
