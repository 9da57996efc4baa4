package org.lotuspathway.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is signed in, and their groups (the roles of {@link Roles}). */
public record CurrentUser(String name, Set<String> groups) {

    private static final Set<String> MANAGERS = Set.of(Roles.CASE_MANAGER, Roles.RESPONSIBLE_OFFICER, Roles.LEAD,
            Roles.ADMIN);

    public static CurrentUser of(Authentication authentication) {
        Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(authentication.getName(), groups);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isStaff() {
        return Roles.STAFF.stream().anyMatch(groups::contains);
    }

    /** A member of the PAG/PSG group who works no other role: they see only their meetings' cases. */
    public boolean onlyOnThePanel() {
        return groups.contains(Roles.PANEL) && Roles.STAFF.stream().filter(role -> !role.equals(Roles.PANEL))
                .noneMatch(groups::contains);
    }

    /** Managers see every open case and may hand tasks to others. */
    public boolean isManager() {
        return MANAGERS.stream().anyMatch(groups::contains);
    }

    /** A task's assignee, or anyone in one of its groups, may work it. */
    public boolean mayWorkTask(String assignee, Collection<String> candidateGroups) {
        return name.equals(assignee) || candidateGroups.stream().anyMatch(this::isIn);
    }

    /** Whoever may work a task opens its page, and so do managers, to read it. */
    public boolean mayOpenTask(String assignee, Collection<String> candidateGroups) {
        return mayWorkTask(assignee, candidateGroups) || isManager();
    }

    public List<String> groupList() {
        return groups.stream().sorted().toList();
    }
}
