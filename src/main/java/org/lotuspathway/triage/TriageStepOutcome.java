package org.lotuspathway.triage;

import java.util.Optional;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.StepOutcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** After triage: the band and score the decision table gave, and where it sends the case. */
@Component
class TriageStepOutcome implements StepOutcome {

    private final Concerns concerns;
    private final TriageAssessmentRepository assessments;

    TriageStepOutcome(Concerns concerns, TriageAssessmentRepository assessments) {
        this.concerns = concerns;
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> decided(String businessKey, String taskKey) {
        if (!ConcernPathway.TASK_TRIAGE_CONCERN.equals(taskKey)) {
            return Optional.empty();
        }
        return assessments.findFirstByConcernOrderByRecordedAtDescIdDesc(concerns.get(businessKey))
                .flatMap(t -> t.riskBand().map(band -> "Risk band " + band.label().toLowerCase(java.util.Locale.UK)
                        + " (score " + t.riskScore() + ")" + t.route().map(route -> ", so " + route.label()
                                .toLowerCase(java.util.Locale.UK)).orElse("")));
    }
}
