package org.lotuspathway.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;

import org.lotuspathway.process.Answers;

/**
 * Appendix 4: the lessons-learnt and system improvement review. The form offers three improvement
 * action slots (Camunda's Tasklist renders no repeating groups); each used slot needs an owner and
 * a due date.
 */
public record ReviewAnswers(
        @NotBlank String wentWell,
        @NotBlank String didNotGoWell,
        Set<SeipsFactor> contributoryFactors,
        String contributoryNotes,
        @NotBlank String practitionerExperience,
        @NotBlank String equalityReview,
        Set<String> learningThemes,
        @NotBlank String sharingPlan,
        String action1, String action1Owner, LocalDate action1DueOn,
        String action2, String action2Owner, LocalDate action2DueOn,
        String action3, String action3Owner, LocalDate action3DueOn) implements Answers {

    public record Action(String description, String owner, LocalDate dueOn) {
    }

    public List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        for (Action action : slots()) {
            if (!isBlank(action.description())) {
                actions.add(action);
            }
        }
        return actions;
    }

    @Override
    public Map<String, String> crossFieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Action> slots = slots();
        for (int i = 0; i < slots.size(); i++) {
            Action action = slots.get(i);
            String slot = "action" + (i + 1);
            boolean described = !isBlank(action.description());
            if (described && isBlank(action.owner())) {
                errors.put(slot + "Owner", "Name who owns improvement action " + (i + 1));
            }
            if (described && action.dueOn() == null) {
                errors.put(slot + "DueOn", "Give a due date for improvement action " + (i + 1));
            }
            if (!described && (!isBlank(action.owner()) || action.dueOn() != null)) {
                errors.put(slot, "Describe improvement action " + (i + 1) + ", or clear its owner and date");
            }
        }
        return errors;
    }

    private List<Action> slots() {
        return List.of(new Action(action1, action1Owner, action1DueOn), new Action(action2, action2Owner, action2DueOn),
                new Action(action3, action3Owner, action3DueOn));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
