package org.lotuspathway.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a practitioner writes back from the portal. */
public record ResponseForm(
        @NotNull(message = "Choose whether you want to comment or to ask for a call") ResponseKind kind,
        @NotBlank(message = "Write your message") @Size(max = 4000, message = "Your message must be 4000 characters or fewer") String message,
        @Size(max = 40, message = "The phone number must be 40 characters or fewer")
        @Pattern(regexp = "^[0-9 +()-]*$", message = "Enter a phone number using digits, spaces and + ( ) - only") String phone) {

    public static ResponseForm empty() {
        return new ResponseForm(null, null, null);
    }
}
