package org.lotuspathway.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.lotuspathway.concern.Profession;

/**
 * The values of a practitioner's record as its history keeps them (enum names, ISO dates, true
 * or false, as the API has them) and as pages show them (in words).
 */
final class RecordValues {

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Map<String, Class<? extends Enum<?>>> CHOICES = Map.of(
            "REGISTRATION.status", RegistrationStatus.class, "PERFORMERS_LIST.list", PerformersList.class,
            "PERFORMERS_LIST.status", ListStatus.class, "VETTING.level", DbsLevel.class,
            "VETTING.workforce", Workforce.class, "IDENTITY.profession", Profession.class, "CONTACT.preferredWay", ContactWay.class);
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(Map.entry("status", "Status"),
            Map.entry("licenceToPractise", "Licence to practise"), Map.entry("revalidationDue", "Revalidation due"),
            Map.entry("responsibleOfficer", "Responsible Officer"), Map.entry("renewalDue", "Renewal due"),
            Map.entry("checkedOn", "Checked on"), Map.entry("checkedBy", "Checked by"), Map.entry("list", "List"),
            Map.entry("effectiveOn", "Effective from"), Map.entry("level", "Level"), Map.entry("workforce", "Workforce"),
            Map.entry("certificateNumber", "Certificate number"), Map.entry("issuedOn", "Issued on"),
            Map.entry("updateService", "On the Update Service"),
            Map.entry("updateServiceCheckedOn", "Update Service last checked"), Map.entry("name", "Name"),
            Map.entry("profession", "Profession"), Map.entry("phone", "Phone"), Map.entry("otherPhone", "Other phone"),
            Map.entry("email", "Email"), Map.entry("preferredWay", "Preferred way"),
            Map.entry("bestTimes", "Best times"), Map.entry("othersToContact", "Who else we may contact"));

    private RecordValues() {
    }

    static String of(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String of(Boolean value) {
        return value == null ? null : value.toString();
    }

    static String of(LocalDate value) {
        return value == null ? null : value.toString();
    }

    static String fieldName(String field) {
        return FIELD_NAMES.getOrDefault(field, field);
    }

    /** A kept value in words: "Registered with conditions", "1 March 2027", "Yes". */
    static String shown(RecordPart part, String field, String value) {
        if (value == null) {
            return "(none)";
        }
        Class<? extends Enum<?>> choice = CHOICES.get(part.name() + "." + field);
        if (choice != null) {
            for (Enum<?> constant : choice.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return labelOf(constant);
                }
            }
        }
        if ("true".equals(value) || "false".equals(value)) {
            return "true".equals(value) ? "Yes" : "No";
        }
        try {
            return SHOWN_DATE.format(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }

    private static String labelOf(Enum<?> constant) {
        if (constant instanceof RegistrationStatus status) {
            return status.label();
        }
        if (constant instanceof Profession profession) {
            return profession.label();
        }
        if (constant instanceof ContactWay way) {
            return way.label();
        }
        if (constant instanceof PerformersList list) {
            return list.label();
        }
        if (constant instanceof ListStatus status) {
            return status.label();
        }
        if (constant instanceof DbsLevel level) {
            return level.label();
        }
        return constant instanceof Workforce workforce ? workforce.label() : constant.name();
    }
}
