package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A practitioner's registration with their regulator, as last checked: doctors (GMC) hold a
 * licence to practise and revalidate every five years on their Responsible Officer's
 * recommendation; dentists (GDC) renew each year and optometrists (GOC) retain theirs each year.
 */
@Embeddable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Registration(
        @Enumerated(EnumType.STRING) @Column(name = "registration_status") RegistrationStatus status,
        @Column(name = "licence_to_practise") Boolean licenceToPractise,
        @Column(name = "revalidation_due") LocalDate revalidationDue,
        @Column(name = "responsible_officer") String responsibleOfficer,
        @Column(name = "renewal_due") LocalDate renewalDue,
        @Column(name = "registration_checked_on") LocalDate checkedOn,
        @Column(name = "registration_checked_by") String checkedBy) {

    /** Each field as the history keeps it, in the order the record shows them. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", RecordValues.of(status));
        values.put("licenceToPractise", RecordValues.of(licenceToPractise));
        values.put("revalidationDue", RecordValues.of(revalidationDue));
        values.put("responsibleOfficer", responsibleOfficer);
        values.put("renewalDue", RecordValues.of(renewalDue));
        values.put("checkedOn", RecordValues.of(checkedOn));
        values.put("checkedBy", checkedBy);
        return values;
    }
}
