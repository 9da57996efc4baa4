package org.lotuspathway.concern;

import org.lotuspathway.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may see a whole case: the case team's roles. The practitioner it is about sees only what their
 * portal shows ({@link OwnCaseViews}); anyone else, nothing.
 */
@Component
public class CaseAccess {

    public boolean isStaff(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> Roles.STAFF.stream().map(Roles::authority).anyMatch(authority::equals));
    }
}
