package org.lotuspathway.security;

import java.util.Optional;

import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.concern.Register;
import org.lotuspathway.register.PractitionerContacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which practitioner's record someone signing in through the provider is: the one whose register
 * number (or record's email) the configured claim holds, and who is linked to nobody else. The
 * portal answers by the linked username only, so a practitioner matched nowhere sees nothing.
 */
@Service
class PortalAccounts {

    private final PractitionerRepository practitioners;
    private final PractitionerContacts contacts;

    PortalAccounts(PractitionerRepository practitioners, PractitionerContacts contacts) {
        this.practitioners = practitioners;
        this.contacts = contacts;
    }

    /** Links the matched practitioner to the username; false when there is none, or it is someone else's. */
    @Transactional
    public boolean link(String username, String claimed, SingleSignOnSettings.PractitionerMatching matching) {
        if (claimed == null || claimed.isBlank() || claimed.length() > 320) {
            return false;
        }
        Optional<Practitioner> matched = matching.byEmail()
                ? contacts.practitionerWithEmail(claimed).flatMap(practitioners::findById)
                : register(matching.register()).flatMap(
                        register -> practitioners.findByRegisterAndRegisterNumber(register, claimed.trim()));
        if (matched.isEmpty()) {
            return false;
        }
        Practitioner practitioner = matched.get();
        Optional<String> linked = practitioner.username();
        if (linked.isPresent()) {
            return linked.get().equals(username);
        }
        if (practitioners.findByUsername(username).isPresent()) {
            return false;
        }
        practitioner.linkToUser(username);
        return true;
    }

    private static Optional<Register> register(String name) {
        try {
            return Optional.of(Register.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
