package org.lotuspathway.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * A case's pages and a task's: the staff roles, and of a panel member who works no other role
 * only what {@link PanelCases} allows them. Decided from the address's {@code businessKey} or
 * {@code taskId} before any of the page's code runs.
 */
final class CaseLevelAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthorityAuthorizationManager<RequestAuthorizationContext> staff =
            AuthorityAuthorizationManager.hasAnyRole(Roles.STAFF.toArray(String[]::new));
    private final PanelCases panel;

    CaseLevelAccess(PanelCases panel) {
        this.panel = panel;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        AuthorizationDecision byRole = staff.check(authentication, context);
        if (byRole == null || !byRole.isGranted() || !PanelCases.onlyOnThePanel(authentication.get())) {
            return byRole;
        }
        String user = authentication.get().getName();
        String businessKey = context.getVariables().get("businessKey");
        String taskId = context.getVariables().get("taskId");
        if (businessKey != null) {
            return new AuthorizationDecision(panel.mayOpenCase(user, businessKey));
        }
        // a task list or a list of cases is filtered by its own page
        return new AuthorizationDecision(taskId == null || panel.mayOpenTask(user, taskId));
    }
}
