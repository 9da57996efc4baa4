package org.lotuspathway.updates;

import java.util.Set;

import org.lotuspathway.concern.Profession;

/**
 * One place a practitioner can turn to, from {@code letters/support.yaml}: what it offers, and its
 * phone number and web address, or (for a local service such as occupational health) that their
 * named contact arranges it.
 */
public record SupportOrganisation(String name, String what, String phone, String web, boolean throughNamedContact,
        Set<Profession> serves) {

    /** The web address as a reader types it: without "https://". */
    public String webShown() {
        return web == null ? null : web.replaceFirst("^https://", "").replaceFirst("/$", "");
    }

    /** One line of the letter's support section. */
    String line() {
        String line = "- " + name + ": " + what + ".";
        return throughNamedContact ? line : line + " Call " + phone + " or go to " + webShown() + ".";
    }
}
