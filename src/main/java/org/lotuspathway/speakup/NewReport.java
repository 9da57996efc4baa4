package org.lotuspathway.speakup;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lotuspathway.concern.PersonalName;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;

/**
 * A concern raised by anyone, from the public form or {@code POST /api/speak-up}. {@code raiser}
 * is for the open and confidential routes only: an anonymous report that carries one is refused,
 * so that nothing identifying is ever stored by mistake ({@link SpeakUpIntake}).
 */
public record NewReport(
        @NotNull(message = "Choose how you want to speak up: open, confidential or anonymous") SpeakUpRoute route,
        @NotNull(message = "Tell us who the concern is about") @Valid About about,
        @NotBlank(message = "Tell us what happened")
        @Size(max = MAX_TEXT, message = "Keep what happened to " + MAX_TEXT + " characters or fewer") String whatHappened,
        LocalDate happenedOn,
        @NotNull(message = "Tell us if patients are at risk now") Boolean patientsAtRiskNow,
        @Valid Raiser raiser) {

    public static final int MAX_TEXT = 8000;

    /** Who the concern is about. The register and number are optional: many people do not know them. */
    public record About(
            @NotBlank(message = "Enter the name of the person the concern is about")
            @Size(max = 200, message = "Keep the name to 200 characters or fewer")
            @Pattern(regexp = PersonalName.NO_CONTROLS, message = "The name cannot have control characters") String name,
            @NotNull(message = "Choose what the person does") Profession profession,
            @NotBlank(message = "Enter where the person works")
            @Size(max = 200, message = "Keep where they work to 200 characters or fewer")
            @Pattern(regexp = PersonalName.NO_CONTROLS, message = "Where they work cannot have control characters") String workplace,
            Register register,
            @Size(max = 20, message = "Keep the register number to 20 characters or fewer")
            @Pattern(regexp = "[A-Za-z0-9 -]*", message = "A register number has only letters, digits and dashes") String registerNumber) {
    }

    /** The person speaking up, on the open and confidential routes. */
    public record Raiser(
            @NotBlank(message = "Enter your name")
            @Size(max = 200, message = "Keep your name to 200 characters or fewer")
            @Pattern(regexp = PersonalName.NO_CONTROLS, message = "Your name cannot have control characters") String name,
            @Size(max = 254, message = "Keep your email to 254 characters or fewer")
            @Email(message = "Enter an email address like name@example.com") String email,
            @Size(max = 40, message = "Keep your phone number to 40 characters or fewer")
            @Pattern(regexp = "[0-9 +()-]*", message = "A phone number has only digits, spaces and + ( ) -") String phone,
            @Size(max = 200, message = "Keep your role to 200 characters or fewer")
            @Pattern(regexp = PersonalName.NO_CONTROLS, message = "Your role cannot have control characters") String role) {

        boolean isEmpty() {
            return blank(name) && blank(email) && blank(phone) && blank(role);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
