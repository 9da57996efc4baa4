package org.lotuspathway.concern;

import java.util.Optional;

import org.lotuspathway.process.StepOutcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a step kept as its form's answers (interim action, a referral, a reply): its first choice
 * and what was chosen, such as "Interim action: None needed". Asked last: steps with records of
 * their own say more.
 */
@Component
class AnsweredStepOutcome implements StepOutcome {

    private final Concerns concerns;
    private final StepAnswersRepository steps;
    private final AnsweredSteps answers;

    AnsweredStepOutcome(Concerns concerns, StepAnswersRepository steps, AnsweredSteps answers) {
        this.concerns = concerns;
        this.steps = steps;
        this.answers = answers;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> decided(String businessKey, String taskKey) {
        return steps.findByConcernOrderByRecordedAtAsc(concerns.get(businessKey)).stream()
                .filter(step -> step.stepKey().equals(taskKey)).reduce((first, second) -> second)
                .flatMap(step -> answers.answersOf(step).stream()
                        // a choice: its answer is shown by the option's label, not as kept
                        .filter(answer -> answer.shown() != null && !answer.shown().equals(String.valueOf(answer.value()))
                                && !(answer.value() instanceof Boolean))
                        .findFirst())
                .map(answer -> answer.question().replaceAll("[?:]+$", "") + ": " + answer.shown());
    }
}
