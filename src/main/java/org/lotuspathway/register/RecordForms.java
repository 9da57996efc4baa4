package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.Map;

import org.lotuspathway.register.StatusUpdate.ListInput;
import org.lotuspathway.register.StatusUpdate.RegistrationInput;
import org.lotuspathway.register.StatusUpdate.VettingInput;

/** The three forms of a practitioner's record: their titles, choices, and values to start from. */
final class RecordForms {

    private RecordForms() {
    }

    static String title(String part) {
        return switch (part) {
            case "registration" -> "Registration check";
            case "performers-list" -> "Performers list status";
            default -> "DBS check";
        };
    }

    static Map<String, Object> choices() {
        return Map.of("registrationStatuses", RegistrationStatus.values(), "lists", PerformersList.values(),
                "listStatuses", ListStatus.values(), "levels", DbsLevel.values(), "workforces", Workforce.values());
    }

    /** The part as recorded, for its form; the certificate number as the record shows it, masked. */
    static Object current(PractitionerFile file, String part) {
        return switch (part) {
            case "registration" -> file.registration().map(r -> new RegistrationInput(name(r.status()),
                    r.licenceToPractise(), text(r.revalidationDue()), r.responsibleOfficer(), text(r.renewalDue()), null))
                    .orElse(new RegistrationInput(null, null, null, null, null, null));
            case "performers-list" -> file.performersList().map(l -> new ListInput(name(l.list()), name(l.status()),
                    text(l.effectiveOn()))).orElse(new ListInput(name(StatusRules.listFor(file.practitioner().register())),
                    null, null));
            default -> file.vetting().map(v -> new VettingInput(name(v.level()), name(v.workforce()),
                    v.maskedCertificateNumber(), text(v.issuedOn()), v.updateService(), text(v.updateServiceCheckedOn())))
                    .orElse(new VettingInput(null, null, null, null, null, null));
        };
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
