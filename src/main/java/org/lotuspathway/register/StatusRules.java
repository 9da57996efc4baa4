package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.Register;
import org.lotuspathway.register.StatusUpdate.ListInput;
import org.lotuspathway.register.StatusUpdate.RegistrationInput;
import org.lotuspathway.register.StatusUpdate.VettingInput;

/**
 * Reads each part of a submitted change from its text, against the practitioner's register and
 * today's date: a message per wrong field, keyed as the API names it ("vetting.issuedOn"), and a
 * part only when all of its fields are right.
 */
final class StatusRules {

    /** A DBS certificate number: twelve digits. */
    private static final Pattern CERTIFICATE = Pattern.compile("\\d{12}");
    private static final int MAX_TEXT = 200;

    private final Practitioner practitioner;
    private final LocalDate today;
    private final Map<String, String> errors;

    StatusRules(Practitioner practitioner, LocalDate today, Map<String, String> errors) {
        this.practitioner = practitioner;
        this.today = today;
        this.errors = errors;
    }

    Registration registration(RegistrationInput in, String checkedBy) {
        int before = errors.size();
        boolean doctor = practitioner.register() == Register.GMC;
        RegistrationStatus status = required(RegistrationStatus.class, in.status(), "registration.status",
                "Select the registration status");
        if (!doctor && in.licenceToPractise() != null) {
            errors.put("registration.licenceToPractise", "Only the GMC grants a licence to practise");
        }
        LocalDate revalidationDue = date(in.revalidationDue(), "registration.revalidationDue", "The revalidation date");
        if (!doctor && revalidationDue != null) {
            errors.put("registration.revalidationDue", "Only doctors (GMC) revalidate: give the renewal date instead");
        }
        String responsibleOfficer = text(in.responsibleOfficer(), "registration.responsibleOfficer", "The Responsible Officer");
        if (!doctor && responsibleOfficer != null) {
            errors.put("registration.responsibleOfficer", "Only doctors (GMC) have a Responsible Officer");
        }
        LocalDate renewalDue = date(in.renewalDue(), "registration.renewalDue", "The renewal date");
        if (doctor && renewalDue != null) {
            errors.put("registration.renewalDue", "Doctors revalidate rather than renew: give the revalidation date instead");
        }
        LocalDate checkedOn = date(in.checkedOn(), "registration.checkedOn", "The date it was checked");
        notInTheFuture(checkedOn, "registration.checkedOn", "The date it was checked");
        if (errors.size() > before) {
            return null;
        }
        return new Registration(status, in.licenceToPractise(), revalidationDue, responsibleOfficer, renewalDue,
                checkedOn == null ? today : checkedOn, checkedBy);
    }

    PerformersListEntry performersList(ListInput in) {
        int before = errors.size();
        ListStatus status = required(ListStatus.class, in.status(), "performersList.status",
                "Select where the practitioner stands on the list");
        PerformersList list = choice(PerformersList.class, in.list(), "performersList.list");
        if (list == null && status != null && status != ListStatus.NOT_LISTED && !errors.containsKey("performersList.list")) {
            errors.put("performersList.list", "Select the list");
        }
        PerformersList theirs = listFor(practitioner.register());
        if (list != null && list != theirs) {
            errors.put("performersList.list", "A practitioner on the " + practitioner.register() + " register can only be on the "
                    + theirs.label().toLowerCase(java.util.Locale.UK));
        }
        LocalDate effectiveOn = date(in.effectiveOn(), "performersList.effectiveOn", "The date it took effect");
        if (effectiveOn == null && !errors.containsKey("performersList.effectiveOn")) {
            errors.put("performersList.effectiveOn", "Enter the date it took effect");
        }
        return errors.size() > before ? null : new PerformersListEntry(list, status, effectiveOn);
    }

    Vetting vetting(VettingInput in, Vetting current) {
        int before = errors.size();
        DbsLevel level = required(DbsLevel.class, in.level(), "vetting.level", "Select the level of the DBS check");
        Workforce workforce = choice(Workforce.class, in.workforce(), "vetting.workforce");
        if (level == DbsLevel.ENHANCED_WITH_BARRED_LISTS && workforce == null && !errors.containsKey("vetting.workforce")) {
            errors.put("vetting.workforce", "Select which barred lists were checked: adult, child or both");
        }
        String certificate = certificate(in.certificateNumber(), current);
        LocalDate issuedOn = date(in.issuedOn(), "vetting.issuedOn", "The issue date");
        if (issuedOn == null && !errors.containsKey("vetting.issuedOn")) {
            errors.put("vetting.issuedOn", "Enter the date the certificate was issued");
        }
        notInTheFuture(issuedOn, "vetting.issuedOn", "The issue date");
        boolean updateService = Boolean.TRUE.equals(in.updateService());
        if (updateService && level == DbsLevel.BASIC) {
            errors.put("vetting.updateService", "The Update Service covers standard and enhanced checks only");
        }
        LocalDate statusChecked = date(in.updateServiceCheckedOn(), "vetting.updateServiceCheckedOn",
                "The date the Update Service was checked");
        if (statusChecked != null && !updateService) {
            errors.put("vetting.updateServiceCheckedOn", "Only a certificate on the Update Service can be checked there");
        }
        notInTheFuture(statusChecked, "vetting.updateServiceCheckedOn", "The date the Update Service was checked");
        if (statusChecked != null && issuedOn != null && statusChecked.isBefore(issuedOn)) {
            errors.putIfAbsent("vetting.updateServiceCheckedOn", "The Update Service cannot be checked before the certificate was issued");
        }
        return errors.size() > before ? null
                : new Vetting(level, workforce, certificate, issuedOn, in.updateService() == null ? null : updateService,
                        statusChecked);
    }

    static PerformersList listFor(Register register) {
        return switch (register) {
            case GMC -> PerformersList.MEDICAL;
            case GDC -> PerformersList.DENTAL;
            case GOC -> PerformersList.OPHTHALMIC;
        };
    }

    /** A new number, or the one recorded when none is given or it comes back masked. */
    private String certificate(String given, Vetting current) {
        String kept = current == null ? null : current.certificateNumber();
        if (given == null || given.isBlank() || given.strip().equals(Vetting.mask(kept))) {
            return kept;
        }
        String number = given.replace(" ", "");
        if (!CERTIFICATE.matcher(number).matches()) {
            errors.put("vetting.certificateNumber", "A DBS certificate number has 12 digits, like 001234567890");
            return null;
        }
        return number;
    }

    private <E extends Enum<E>> E required(Class<E> type, String value, String field, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
            return null;
        }
        return choice(type, value, field);
    }

    private <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        errors.put(field, field + " must be one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return null;
    }

    private LocalDate date(String value, String field, String subject) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = RecordDates.read(value).orElse(null);
        if (date == null) {
            errors.put(field, RecordDates.problem(subject));
        }
        return date;
    }

    private void notInTheFuture(LocalDate date, String field, String subject) {
        if (date != null && date.isAfter(today)) {
            errors.put(field, subject + " cannot be in the future");
        }
    }

    private String text(String value, String field, String subject) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            errors.put(field, subject + " must be " + MAX_TEXT + " characters or fewer");
            return null;
        }
        return value.strip();
    }
}
