package org.lotuspathway.security;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Who people are, from the one user store: Camunda's identity service. */
@Service
public class People {

    private final IdentityService identity;

    People(IdentityService identity) {
        this.identity = identity;
    }

    /** The name people know someone by ("Cara Manager"), or else their username. */
    public String nameOf(String userId) {
        User known = identity.createUserQuery().userId(userId).singleResult();
        if (known == null) {
            return userId;
        }
        String name = (nonNull(known.getFirstName()) + " " + nonNull(known.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }

    public Optional<String> emailOf(String userId) {
        User known = identity.createUserQuery().userId(userId).singleResult();
        return known == null || known.getEmail() == null || known.getEmail().isBlank() ? Optional.empty()
                : Optional.of(known.getEmail());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
