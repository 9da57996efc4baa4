package org.lotuspathway.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lotuspathway.web.OneOf;
import org.lotuspathway.web.SomethingVisible;

/** The practitioner's name in parts, as the case manager confirms or corrects it. */
record NameForm(
        @Size(max = 20, message = "The title must be 20 characters or fewer")
        @Pattern(regexp = "[\\p{L}. -]*", message = "The title can only have letters, like Dr or Mrs") String title,
        @Size(max = 90, message = "The given names must be 90 characters or fewer")
        @Pattern(regexp = PersonalName.NO_CONTROLS,
                message = "The given names cannot have control characters") String givenNames,
        @NotBlank(message = "Enter the family name") @SomethingVisible(message = "Enter the family name") @Size(max = 80, message = "The family name must be 80 characters or fewer")
        @Pattern(regexp = PersonalName.NO_CONTROLS,
                message = "The family name cannot have control characters") String familyName,
        @NotNull(message = CHOOSE_FORM) @OneOf(value = FormOfAddress.class, message = CHOOSE_FORM) String formOfAddress) {

    static final String CHOOSE_FORM = "Choose how letters should address them";

    static NameForm of(PersonalName name) {
        return new NameForm(name.title(), name.givenNames(), name.familyName(), name.formOfAddress().name());
    }

    /** Only for a form that passed validation. */
    PersonalName personalName() {
        return new PersonalName(title, givenNames, familyName, FormOfAddress.valueOf(formOfAddress));
    }
}
