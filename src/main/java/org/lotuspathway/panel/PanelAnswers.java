package org.lotuspathway.panel;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.lotuspathway.process.Answers;

/** A PAG/PSG discussion and its decision, as recorded by a panel member. */
public record PanelAnswers(
        @NotNull LocalDate meetingDate,
        @NotNull MeetingType meetingType,
        @NotBlank String attendees,
        @NotBlank String concernsConsidered,
        @NotNull PanelDecision decision,
        @NotBlank String reasons,
        String undertakingsOrConditions,
        @NotBlank String nextSteps,
        LocalDate nextReviewBy) implements Answers {

    @Override
    public Map<String, String> crossFieldErrors() {
        if (decision == PanelDecision.VOLUNTARY_UNDERTAKINGS
                && (undertakingsOrConditions == null || undertakingsOrConditions.isBlank())) {
            return Map.of("undertakingsOrConditions", "Set out the undertakings the practitioner has agreed to");
        }
        if (nextReviewBy != null && meetingDate != null && nextReviewBy.isBefore(meetingDate)) {
            return Map.of("nextReviewBy", "The next review must be after the meeting");
        }
        return Map.of();
    }
}
