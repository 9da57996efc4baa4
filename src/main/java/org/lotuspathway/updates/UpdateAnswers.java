package org.lotuspathway.updates;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.lotuspathway.process.Answers;

/** Appendix 5: keeping the practitioner updated on the outcome of a PAG/PSG discussion. */
public record UpdateAnswers(
        @NotNull LocalDate meetingDate,
        @NotBlank String concernsConsidered,
        @NotBlank String outcome,
        @NotBlank String reasons,
        @NotBlank String nextSteps,
        LocalDate byWhen,
        String undertakingsOrConditions,
        @NotBlank String rightToRespond,
        @NotBlank String namedContact,
        @NotBlank String support) implements Answers {
}
