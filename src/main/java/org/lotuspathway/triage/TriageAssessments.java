package org.lotuspathway.triage;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.TransactionScopedCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the Appendix 2 triage and the risk band the decision table gives it. */
@Service
public class TriageAssessments {

    private static final String RECORDED_THIS_TRANSACTION = TriageAssessments.class.getName() + ".recorded";

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
        TriageAssessment recorded = assessments.save(new TriageAssessment(concerns.get(businessKey), answers,
                recordedBy, clock.now()));
        recordedThisTransaction().put(businessKey, recorded);
        return recorded;
    }

    /** The band and route go onto the triage just recorded (the decision table runs in the same transaction), else the latest. */
    @Transactional
    public void stratify(String businessKey, RiskBand band, Route route) {
        Concern concern = concerns.get(businessKey);
        TriageAssessment latest = Optional.ofNullable(recordedThisTransaction().get(businessKey))
                .or(() -> assessments.findFirstByConcernOrderByRecordedAtDescIdDesc(concern))
                .orElseThrow(() -> new IllegalStateException(businessKey + " has no triage to stratify"));
        latest.stratify(band, route);
        concern.stratify(band);
    }

    private static Map<String, TriageAssessment> recordedThisTransaction() {
        return TransactionScopedCache.get(RECORDED_THIS_TRANSACTION, HashMap::new);
    }
}
