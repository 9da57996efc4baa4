package org.lotuspathway.triage;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the Appendix 2 triage and the risk band the decision table gives it. */
@Service
public class TriageAssessments {

    private final Concerns concerns;
    private final TriageAssessmentRepository assessments;
    private final PathwayClock clock;

    TriageAssessments(Concerns concerns, TriageAssessmentRepository assessments, PathwayClock clock) {
        this.concerns = concerns;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Transactional
    public TriageAssessment triage(String businessKey, TriageAnswers answers, String recordedBy) {
        return assessments.save(new TriageAssessment(concerns.get(businessKey), answers, recordedBy, clock.now()));
    }

    @Transactional
    public void stratify(String businessKey, RiskBand band, Route route) {
        Concern concern = concerns.get(businessKey);
        TriageAssessment latest = assessments.findFirstByConcernOrderByRecordedAtDescIdDesc(concern)
                .orElseThrow(() -> new IllegalStateException(businessKey + " has no triage to stratify"));
        latest.stratify(band, route);
        concern.stratify(band);
    }
}
