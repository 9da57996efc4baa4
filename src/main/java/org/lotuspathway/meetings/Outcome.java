package org.lotuspathway.meetings;

import java.util.List;

/**
 * What the chair or secretary records for one case at the meeting: who was present, the
 * discussion, and the decision with its reasons, as the panel task's form asks for them.
 */
public record Outcome(List<String> present, String discussion, String decision, String reasons,
        String undertakingsOrConditions, String nextSteps, String nextReviewBy) {

    public Outcome {
        present = present == null ? List.of() : List.copyOf(present);
    }

    static Outcome empty() {
        return new Outcome(List.of(), null, null, null, null, null, null);
    }
}
