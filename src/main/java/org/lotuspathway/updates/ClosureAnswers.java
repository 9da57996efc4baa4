package org.lotuspathway.updates;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.lotuspathway.process.Answers;

/** Closing a case, with the final update the practitioner receives. */
public record ClosureAnswers(
        @NotNull LocalDate closedOn,
        @NotBlank String closureSummary,
        @NotBlank String finalMessage,
        @NotBlank String namedContact) implements Answers {
}
