package org.lotuspathway.triage;

import java.util.HashMap;
import java.util.Map;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskAside;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beside "Consider interim action": the whole triage that sent the case here, its score and the
 * immediate risk described, so the Responsible Officer decides on what triage found.
 */
@Component
class InterimActionAside implements TaskAside {

    private final Concerns concerns;
    private final TriageAssessmentRepository triage;

    InterimActionAside(Concerns concerns, TriageAssessmentRepository triage) {
        this.concerns = concerns;
        this.triage = triage;
    }

    @Override
    public String taskKey() {
        return ConcernPathway.TASK_CONSIDER_INTERIM_ACTION;
    }

    @Override
    public String template() {
        return "triage/interim-aside";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(String businessKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("interimTriage", triage.findFirstByConcernOrderByRecordedAtDescIdDesc(concerns.get(businessKey))
                .orElse(null));
        return model;
    }
}
