package org.lotuspathway.wellbeing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.lotuspathway.process.Answers;

public record CheckInAnswers(
        @NotNull LocalDate checkedInOn,
        @NotNull ContactMethod contactMethod,
        @NotNull CheckInOutcome outcome,
        String notes,
        String supportPlan,
        Set<SupportService> signposted) implements Answers {

    @Override
    public Map<String, String> crossFieldErrors() {
        if (outcome != null && outcome != CheckInOutcome.WELL && (notes == null || notes.isBlank())) {
            return Map.of("notes", "Say what the practitioner told you, so the right support follows");
        }
        return Map.of();
    }
}
