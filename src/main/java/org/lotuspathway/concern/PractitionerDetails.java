package org.lotuspathway.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who the concern is about, as given at intake. */
@RegisterNumberFitsRegister
public record PractitionerDetails(
        @NotBlank(message = "Enter the practitioner's name") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @NotNull(message = "Select the practitioner's profession") Profession profession,
        @NotNull(message = "Select the register the practitioner is on") Register register,
        @NotBlank(message = "Enter the practitioner's registration number") String registerNumber) {
}
