package org.lotuspathway.concern;

/**
 * Published when a practitioner's name or profession is changed at intake because the person
 * raising a concern confirmed that a registration number on record is theirs under new details.
 * Heard in the same transaction (the practitioner's record keeps the change in its history).
 */
public record PractitionerIdentityChanged(Practitioner practitioner, String nameBefore, Profession professionBefore,
        String businessKey, String changedBy) {
}
