package org.lotuspathway.process.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Users and groups, kept in the engine's identity service so that Cockpit, Tasklist and our pages
 * share them: the only place that reads or changes them.
 */
@Component
public class StaffDirectory {

    private final IdentityService identity;

    /** {@code identity}: the engine's, lazily, as the engine itself asks for beans that use this one. */
    StaffDirectory(@Lazy IdentityService identity) {
        this.identity = identity;
    }

    public Optional<StaffMember> find(String userId) {
        return identity.createUserQuery().userId(userId).list().stream().findFirst().map(StaffDirectory::member);
    }

    /** Those of {@code userIds} the identity service knows, in one query. */
    public List<StaffMember> findAll(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
                .map(StaffDirectory::member).toList();
    }

    /** An account someone signs in to with a password kept here (not one single sign-on keeps in step). */
    public boolean hasLocalPassword(String userId) {
        return identity.createUserQuery().userId(userId).list().stream().anyMatch(user -> user.getPassword() != null);
    }

    public List<StaffMember> membersOf(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(StaffDirectory::member).toList();
    }

    /**
     * Members of any of the groups, each once, by id: one query where the engine's user query would
     * take one a group. The statement is ours, fixed but for the groups, which are bound as parameters.
     */
    public List<StaffMember> membersOfAny(List<String> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        NativeUserQuery query = identity.createNativeUserQuery();
        StringJoiner groups = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < groupIds.size(); i++) {
            groups.add("#{group" + i + "}");
            query.parameter("group" + i, groupIds.get(i));
        }
        return query.sql("select distinct U.* from ACT_ID_USER U join ACT_ID_MEMBERSHIP M on M.USER_ID_ = U.ID_"
                + " where M.GROUP_ID_ in " + groups + " order by U.ID_").list().stream().map(StaffDirectory::member)
                .toList();
    }

    /** Each group by its name ("Responsible Officer"), or by its id when it has none or is unknown. */
    public List<String> groupNames(List<String> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, String> names = identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new))
                .list().stream().filter(group -> group.getName() != null && !group.getName().isBlank())
                .collect(java.util.stream.Collectors.toMap(Group::getId, Group::getName));
        return groupIds.stream().map(id -> names.getOrDefault(id, id)).toList();
    }

    public List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /**
     * Whether the password is the user's. The engine neither delays nor locks (EngineSetup): wrong
     * passwords are counted per account and client by the caller (security/SignInAttempts).
     */
    public boolean checkPassword(String userId, String password) {
        return identity.checkPassword(userId, password);
    }

    /** Who the engine was told is acting on this thread (see PathwayTasks.asUser), if anyone. */
    public Optional<String> actingUser() {
        var current = identity.getCurrentAuthentication();
        return current == null ? Optional.empty() : Optional.ofNullable(current.getUserId());
    }

    /** Creates the group unless it exists. */
    public void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    /** Creates the user, in the group, unless the user exists. */
    public void ensureUser(StaffMember member, String password, String groupId) {
        if (identity.createUserQuery().userId(member.id()).count() == 0) {
            User user = identity.newUser(member.id());
            user.setFirstName(member.firstName());
            user.setLastName(member.lastName());
            user.setEmail(member.email());
            user.setPassword(password);
            identity.saveUser(user);
            identity.createMembership(member.id(), groupId);
        }
    }

    /** Takes the user out of the group, and deletes the user if it was their only one. */
    public void removeFromGroup(String userId, String groupId) {
        if (groupsOf(userId).contains(groupId)) {
            identity.deleteMembership(userId, groupId);
        }
        if (identity.createUserQuery().userId(userId).count() > 0 && groupsOf(userId).isEmpty()) {
            identity.deleteUser(userId);
        }
    }

    /**
     * Someone who signed in through the organisation's identity provider, made the same person in
     * Cockpit and Tasklist: their name and email as the provider says, and their memberships of
     * {@code managedGroups} exactly {@code groups} (other groups are left as they are). They get no
     * password: they can only sign in through the provider.
     */
    public void keepInStep(StaffMember member, Collection<String> groups, Collection<String> managedGroups) {
        User existing = identity.createUserQuery().userId(member.id()).singleResult();
        User user = existing == null ? identity.newUser(member.id()) : existing;
        if (existing == null || !java.util.Objects.equals(user.getFirstName(), member.firstName())
                || !java.util.Objects.equals(user.getLastName(), member.lastName())
                || !java.util.Objects.equals(user.getEmail(), member.email())) {
            user.setFirstName(member.firstName());
            user.setLastName(member.lastName());
            user.setEmail(member.email());
            identity.saveUser(user);
        }
        List<String> current = groupsOf(member.id());
        for (String group : managedGroups) {
            boolean wanted = groups.contains(group);
            if (wanted && !current.contains(group)) {
                ensureGroup(group, group, "WORKFLOW");
                identity.createMembership(member.id(), group);
            } else if (!wanted && current.contains(group)) {
                identity.deleteMembership(member.id(), group);
            }
        }
    }

    private static StaffMember member(User user) {
        return new StaffMember(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail());
    }
}
