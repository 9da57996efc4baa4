package org.lotuspathway.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who someone signing in through the provider is here, once the provider's ID token has been
 * checked (signature, issuer, audience, expiry, nonce: Spring Security's OIDC login). Their groups
 * claim gives their roles through {@code lotus.oidc.role-mapping}; no role, no entry. A practitioner
 * must match their record ({@link PortalAccounts}). Then they are kept in step in Camunda's identity
 * service, so that Cockpit and Tasklist know the same person with the same groups.
 */
class SingleSignOnUsers extends OidcUserService {

    /** Refusal reasons the refusal page explains (SignInRefusedController). */
    static final String NO_ROLE = "no_role";
    static final String NOT_MATCHED = "practitioner_not_matched";
    static final String UNUSABLE_USERNAME = "unusable_username";
    static final String LOCAL_ACCOUNT = "local_account";

    /** As Camunda's identity service is told to accept (EngineSetup): what an email or a plain id looks like. */
    static final Pattern USERNAMES = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final SingleSignOnSettings settings;
    private final StaffDirectory staff;
    private final PortalAccounts portal;

    SingleSignOnUsers(SingleSignOnSettings settings, StaffDirectory staff, PortalAccounts portal) {
        this.settings = settings;
        this.staff = staff;
        this.portal = portal;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        Map<String, Object> claims = user.getClaims();
        String username = text(claims.get(settings.usernameClaim()));
        if (username == null || !USERNAMES.matcher(username).matches()) {
            throw refused(UNUSABLE_USERNAME);
        }
        // Two ways into one account would let the provider rename it and rewrite its roles (a
        // break-glass administrator's among them), and its password still sign in as the same person.
        if (staff.hasLocalPassword(username)) {
            throw refused(LOCAL_ACCOUNT);
        }
        Set<String> roles = rolesOf(claims.get(settings.groupsClaim()));
        if (roles.isEmpty()) {
            throw refused(NO_ROLE);
        }
        if (roles.contains(Roles.PRACTITIONER)
                && !portal.link(username, text(claims.get(settings.practitioner().claim())), settings.practitioner())) {
            roles.remove(Roles.PRACTITIONER);
            if (roles.isEmpty()) {
                throw refused(NOT_MATCHED);
            }
        }
        staff.keepInStep(new StaffMember(username, user.getGivenName(), user.getFamilyName(), user.getEmail()), roles,
                settings.roleMapping().keySet());
        List<SimpleGrantedAuthority> authorities = roles.stream().map(Roles::authority).map(SimpleGrantedAuthority::new)
                .toList();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), settings.usernameClaim());
    }

    /** Our roles whose mapped provider groups include any of the user's. */
    private Set<String> rolesOf(Object groupsClaim) {
        Collection<?> groups = groupsClaim instanceof Collection<?> many ? many
                : groupsClaim == null ? List.of() : List.of(groupsClaim);
        Set<String> given = new LinkedHashSet<>();
        groups.forEach(group -> given.add(String.valueOf(group)));
        Set<String> roles = new LinkedHashSet<>();
        settings.roleMapping().forEach((role, providerGroups) -> {
            if (providerGroups.stream().anyMatch(given::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static String text(Object claim) {
        return claim == null ? null : String.valueOf(claim).trim();
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(reason));
    }
}
