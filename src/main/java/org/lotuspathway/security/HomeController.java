package org.lotuspathway.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where "/" leads: staff to their tasks, practitioners to their own case, library readers to the lessons. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication user) {
        if (hasAnyRole(user, Roles.STAFF)) {
            return "redirect:/tasks";
        }
        if (hasAnyRole(user, List.of(Roles.PRACTITIONER))) {
            return "redirect:/portal";
        }
        if (hasAnyRole(user, List.of(Roles.LEARNING))) {
            return "redirect:/learning";
        }
        throw new AccessDeniedException("No Lotus Pathway role: " + user.getName());
    }

    private static boolean hasAnyRole(Authentication user, Collection<String> groups) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> groups.stream().map(Roles::authority).anyMatch(authority::equals));
    }
}
