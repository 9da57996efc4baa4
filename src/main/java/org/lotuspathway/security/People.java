package org.lotuspathway.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Each of {@code userIds} with the name people know them by, or their username; one query for all. */
    public Map<String, String> namesOf(Collection<String> userIds) {
        Map<String, String> names = staff.findAll(userIds).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::name));
        return userIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> names.getOrDefault(id, id)));
    }

    public Optional<String> emailOf(String userId) {
        return staff.find(userId).map(StaffMember::email).filter(email -> !email.isBlank());
    }
}
