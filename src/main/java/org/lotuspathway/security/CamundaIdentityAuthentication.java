package org.lotuspathway.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.lotuspathway.process.engine.StaffDirectory;

/**
 * Signs users in against Camunda's identity service, the one user store, so that the same users
 * and groups work here and in Cockpit, Tasklist and Admin. The engine throttles and then locks a
 * user after wrong passwords (process/engine/EngineSetup, with {@code SignInLimits}); {@link SignInAttempts} says why a sign-in was
 * refused without telling whether the username exists.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final StaffDirectory staff;
    private final SignInAttempts attempts;

    CamundaIdentityAuthentication(StaffDirectory staff, SignInAttempts attempts) {
        this.staff = staff;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        Object password = attempt.getCredentials();
        if (username == null || username.isBlank() || password == null) {
            throw new BadCredentialsException("The username or password is not right");
        }
        SignInAttempts.requirePlausible(username);
        if (!staff.checkPassword(username, password.toString())) {
            throw attempts.refused(username);
        }
        attempts.succeeded(username);
        List<SimpleGrantedAuthority> roles = staff.groupsOf(username).stream().map(Roles::authority).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(username, null, roles);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
