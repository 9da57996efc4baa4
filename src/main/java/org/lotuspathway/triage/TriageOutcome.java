package org.lotuspathway.triage;

import java.util.Optional;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseOutcome;
import org.springframework.stereotype.Component;

/** A case's outcome before any panel: where its latest triage sent it. */
@Component
class TriageOutcome implements CaseOutcome {

    private final Concerns concerns;
    private final TriageAssessmentRepository assessments;

    TriageOutcome(Concerns concerns, TriageAssessmentRepository assessments) {
        this.concerns = concerns;
        this.assessments = assessments;
    }

    @Override
    public int precedence() {
        return 20;
    }

    @Override
    public Optional<String> of(String businessKey) {
        return assessments.findFirstByConcernOrderByRecordedAtDescIdDesc(concerns.get(businessKey))
                .flatMap(TriageAssessment::route).map(Route::label);
    }
}
