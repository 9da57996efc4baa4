package org.lotuspathway.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users made for one test in Camunda's identity service, and removed after it. */
final class TestUsers {

    private final IdentityService identity;
    private final List<String> created = new ArrayList<>();

    TestUsers(IdentityService identity) {
        this.identity = identity;
    }

    /** A new user (ids are letters and digits only, as Camunda requires) with an email address, or none. */
    String create(String email, String... groups) {
        String id = "mail" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        User user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName("User");
        if (email != null) {
            user.setEmail(email.replace("{id}", id));
        }
        user.setPassword("not-used-" + id);
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
        created.add(id);
        return id;
    }

    String emailOf(String id) {
        return identity.createUserQuery().userId(id).singleResult().getEmail();
    }

    void removeAll() {
        created.forEach(identity::deleteUser);
        created.clear();
    }
}
