package org.lotuspathway.register;

import java.util.Map;

import org.lotuspathway.concern.Practitioner;
import org.springframework.ui.Model;

/**
 * The contact details form, the same for the case team on a practitioner's record and for the
 * practitioner on their own: only the address it lives at and how it speaks differ.
 */
final class ContactForm {

    static final String VIEW = "register/contact";

    private ContactForm() {
    }

    /** The case team's form, under /practitioners. */
    static String forTeam(Practitioner practitioner, ContactInput values, Map<String, String> errors, Model model) {
        return show("/practitioners/", false, "Contact details", practitioner, values, errors, model);
    }

    /** The practitioner's own form, under /portal/record. */
    static String forPractitioner(Practitioner practitioner, ContactInput values, Map<String, String> errors,
            Model model) {
        return show("/portal/record/", true, "Your contact details", practitioner, values, errors, model);
    }

    private static String show(String area, boolean own, String heading, Practitioner practitioner,
            ContactInput values, Map<String, String> errors, Model model) {
        String record = area + practitioner.register() + "/" + practitioner.registerNumber();
        model.addAttribute("practitioner", practitioner);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("ways", ContactWay.values());
        model.addAttribute("own", own);
        model.addAttribute("heading", heading);
        model.addAttribute("action", record + "/contact");
        model.addAttribute("back", record);
        return VIEW;
    }
}
