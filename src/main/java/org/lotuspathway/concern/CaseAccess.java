package org.lotuspathway.concern;

import org.lotuspathway.security.PanelCases;
import org.lotuspathway.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may see a case: the case team's roles (a panel member who works no other role, only the
 * cases {@link PanelCases} allows them), and the practitioner it is about, and nobody else.
 */
@Component
public class CaseAccess {

    private final PanelCases panel;

    CaseAccess(PanelCases panel) {
        this.panel = panel;
    }

    public boolean canView(Authentication user, Concern concern) {
        if (user == null) {
            return false;
        }
        if (isStaff(user)) {
            return !PanelCases.onlyOnThePanel(user) || panel.mayOpenCase(user.getName(), concern.businessKey());
        }
        return concern.practitioner().username().map(user.getName()::equals).orElse(false);
    }

    public boolean isStaff(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> Roles.STAFF.stream().map(Roles::authority).anyMatch(authority::equals));
    }
}
