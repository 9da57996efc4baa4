package org.lotuspathway.concern;

import java.util.List;

import org.lotuspathway.process.CaseSection;
import org.springframework.stereotype.Component;

/** The case page's other recorded steps (referrals, investigation...), each with its answers as asked. */
@Component
class StepAnswersCaseSection implements CaseSection {

    private final Concerns concerns;
    private final StepAnswersRepository steps;
    private final AnsweredSteps caseSteps;

    StepAnswersCaseSection(Concerns concerns, StepAnswersRepository steps, AnsweredSteps caseSteps) {
        this.concerns = concerns;
        this.steps = steps;
        this.caseSteps = caseSteps;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String template() {
        return "concern/case-section";
    }

    @Override
    public Part read(String businessKey) {
        return new Part(steps.findByConcernOrderByRecordedAtAsc(concerns.get(businessKey)).stream()
                .map(step -> new RecordedStep(step, caseSteps.answersOf(step))).toList(), List.of());
    }

    /** A step recorded with its answers as the form asked them. */
    public record RecordedStep(StepAnswers step, List<AnsweredSteps.Answer> answers) {
    }
}
