package org.lotuspathway.security;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;

/** Who people are, from the one user store: Camunda's identity service. */
@Service
public class People {

    private final StaffDirectory staff;

    People(StaffDirectory staff) {
        this.staff = staff;
    }

    /** The name people know someone by ("Cara Manager"), or else their username. */
    public String nameOf(String userId) {
        return staff.find(userId).map(StaffMember::name).orElse(userId);
    }

    public Optional<String> emailOf(String userId) {
        return staff.find(userId).map(StaffMember::email).filter(email -> !email.isBlank());
    }
}
