package org.lotuspathway.concern;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lotuspathway.common.HiddenCharacters;
import org.lotuspathway.web.SomethingVisible;

/**
 * A concern as raised through the API or the intake form. {@code equality} is optional, and so is
 * each answer in it. {@code confirmExisting}: the person raising it has seen that the registration
 * number belongs to a practitioner on record under another name or profession, and confirms it is
 * the same person, whose details then become those given (the change recorded); without it, such a
 * concern is refused ({@link PractitionerMismatch}).
 */
public record NewConcern(
        @NotNull(message = "Say who the concern is about") @Valid PractitionerDetails practitioner,
        @NotNull(message = "Select where the concern came from") ConcernSource source,
        @NotEmpty(message = "Select at least one concern area") Set<@NotNull ConcernArea> concernAreas,
        @NotBlank(message = "Enter a summary of the concern") @SomethingVisible(message = "Enter a summary of the concern") @Size(max = 8000, message = "The summary must be 8000 characters or fewer")
        @Pattern(regexp = HiddenCharacters.NONE, message = "The summary" + HiddenCharacters.PROBLEM) String summary,
        @NotNull(message = "Enter the date the concern was received") @PastOrPresent(message = "The date received cannot be in the future") LocalDate receivedOn,
        EqualityAnswers equality,
        boolean confirmExisting) {

    public NewConcern(PractitionerDetails practitioner, ConcernSource source, Set<ConcernArea> concernAreas,
            String summary, LocalDate receivedOn, EqualityAnswers equality) {
        this(practitioner, source, concernAreas, summary, receivedOn, equality, false);
    }

    /** A concern without equality monitoring answers. */
    public NewConcern(PractitionerDetails practitioner, ConcernSource source, Set<ConcernArea> concernAreas,
            String summary, LocalDate receivedOn) {
        this(practitioner, source, concernAreas, summary, receivedOn, null);
    }

    /** The same concern, confirmed to be about the practitioner on record with its registration number. */
    public NewConcern confirmingExisting() {
        return new NewConcern(practitioner, source, concernAreas, summary, receivedOn, equality, true);
    }
}
