package org.lotuspathway.support;

import java.util.Map;

import jakarta.annotation.PostConstruct;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.lotuspathway.security.Roles;
import org.springframework.boot.test.context.TestComponent;

/**
 * The staff the tests sign in as (password {@value #PASSWORD}), for profiles without demo users:
 * one user per working group, named after it, as the demo users are.
 */
@TestComponent
public class TestStaff {

    public static final String PASSWORD = "demo";

    private static final Map<String, String> GROUPS = Map.of(Roles.CASE_MANAGER, "Case managers", Roles.PANEL,
            "PAG/PSG members", Roles.RESPONSIBLE_OFFICER, "Responsible Officer", Roles.WELLBEING, "Wellbeing contacts",
            Roles.LEAD, "Process leads");

    private final IdentityService identity;

    TestStaff(IdentityService identity) {
        this.identity = identity;
    }

    @PostConstruct
    void createStaff() {
        GROUPS.forEach((id, name) -> {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                Group group = identity.newGroup(id);
                group.setName(name);
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setFirstName(name);
                user.setLastName("(test)");
                user.setEmail(id + "@lotuspathway.example");
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                identity.createMembership(id, id);
            }
        });
    }
}
