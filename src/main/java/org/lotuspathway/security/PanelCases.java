package org.lotuspathway.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which cases a member of the PAG/PSG group who works no other role may open: those on the agendas
 * of the meetings they sit on (unless they declared an interest in it), and a case at the panel on
 * no agenda, whose discussion the group records from its own task.
 */
public interface PanelCases {

    boolean mayOpenCase(String username, String businessKey);

    boolean mayOpenTask(String username, String taskId);

    /**
     * The same rule as a condition in SQL, for lists filtered and paged in the database: over a
     * concern row {@code c} and an engine task row {@code t}, with the user as {@code :me}.
     */
    String asSqlCondition();

    /**
     * The same rule over a concern row {@code c} alone, with the user as {@code :me}, for lists of
     * cases rather than of tasks (the case register): a case at the panel on no agenda is one with
     * the panel's task open.
     */
    String asSqlConditionOnCases();

    /** A member of the PAG/PSG group who works no other role, so sees only what this allows. */
    static boolean onlyOnThePanel(Authentication user) {
        List<String> beyondThePanel = Roles.STAFF.stream().filter(role -> !role.equals(Roles.PANEL))
                .map(Roles::authority).toList();
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(beyondThePanel::contains);
    }
}
