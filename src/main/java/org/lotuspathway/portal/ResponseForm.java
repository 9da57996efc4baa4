package org.lotuspathway.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lotuspathway.common.HiddenCharacters;
import org.lotuspathway.web.OneOf;
import org.lotuspathway.web.SomethingVisible;

/** What a practitioner writes back from the portal. */
public record ResponseForm(
        @NotNull(message = CHOOSE_KIND) @OneOf(value = ResponseKind.class, message = CHOOSE_KIND) String kind,
        @NotBlank(message = "Write your message") @SomethingVisible(message = "Write your message") @Size(max = 4000, message = "Your message must be 4000 characters or fewer")
        @Pattern(regexp = HiddenCharacters.NONE, message = "Your message" + HiddenCharacters.PROBLEM) String message,
        @Size(max = 40, message = "The phone number must be 40 characters or fewer")
        @Pattern(regexp = "^[0-9 +()-]*$", message = "Enter a phone number using digits, spaces and + ( ) - only") String phone) {

    static final String CHOOSE_KIND = "Choose whether you want to comment or to ask for a call";

    public static ResponseForm empty() {
        return new ResponseForm(null, null, null);
    }

    /** Only for a form that passed validation. */
    ResponseKind responseKind() {
        return ResponseKind.valueOf(kind);
    }
}
