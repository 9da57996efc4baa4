package org.lotuspathway.triage;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.lotuspathway.process.Answers;

/** Appendix 2: initial triage and review, as submitted on the triage form. */
public record TriageAnswers(
        @NotNull @Min(1) @Max(5) Integer likelihood,
        @NotNull @Min(1) @Max(5) Integer impact,
        boolean immediateRisk,
        String immediateRiskDetails,
        boolean previousConcerns,
        String previousConcernsDetails,
        @NotNull Insight insight,
        Set<ContextFactor> contextFactors,
        String contextNotes,
        boolean wellbeingConcern,
        String wellbeingNotes,
        @NotBlank String triageNotes) implements Answers {

    @Override
    public Map<String, String> crossFieldErrors() {
        Map<String, String> errors = new HashMap<>();
        if (immediateRisk && isBlank(immediateRiskDetails)) {
            errors.put("immediateRiskDetails", "Describe the immediate risk, so the Responsible Officer can act on it");
        }
        if (previousConcerns && isBlank(previousConcernsDetails)) {
            errors.put("previousConcernsDetails", "Describe the previous concerns");
        }
        return errors;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
