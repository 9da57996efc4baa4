package org.lotuspathway.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lotuspathway.common.HiddenCharacters;

/**
 * Who the concern is about, as given at intake: the name in parts ({@code title}, {@code givenNames},
 * {@code familyName}, {@code formOfAddress}), or as one {@code name} that is split for the case
 * manager to confirm. The parts win when both are given.
 */
@RegisterNumberFitsRegister
@PractitionerNamed
public record PractitionerDetails(
        @Size(max = 200, message = "The name must be 200 characters or fewer")
        @Pattern(regexp = PersonalName.NO_CONTROLS,
                message = "The name cannot have control characters") String name,
        @Size(max = 20, message = "The title must be 20 characters or fewer")
        @Pattern(regexp = "[\\p{L}. -]*", message = "The title can only have letters, like Dr or Mrs") String title,
        @Size(max = 90, message = "The given names must be 90 characters or fewer")
        @Pattern(regexp = PersonalName.NO_CONTROLS,
                message = "The given names cannot have control characters") String givenNames,
        @Size(max = 80, message = "The family name must be 80 characters or fewer")
        @Pattern(regexp = PersonalName.NO_CONTROLS,
                message = "The family name cannot have control characters") String familyName,
        FormOfAddress formOfAddress,
        @NotNull(message = "Select the practitioner's profession") Profession profession,
        @NotNull(message = "Select the register the practitioner is on") Register register,
        @NotBlank(message = "Enter the practitioner's registration number") String registerNumber) {

    /** Someone known by one written name, such as "Dr Ann Example". */
    public PractitionerDetails(String name, Profession profession, Register register, String registerNumber) {
        this(name, null, null, null, null, profession, register, registerNumber);
    }

    /** Given in parts, or only as one name to split. */
    public boolean givenInParts() {
        return familyName != null && !HiddenCharacters.nothingVisible(familyName);
    }

    public PersonalName personalName() {
        return givenInParts() ? new PersonalName(title, givenNames, familyName, formOfAddress)
                : PersonalName.split(name, formOfAddress);
    }
}
