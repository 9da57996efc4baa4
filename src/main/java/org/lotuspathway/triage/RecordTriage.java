package org.lotuspathway.triage;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.TaskForms;
import org.springframework.stereotype.Component;

/**
 * On completing the triage: records it, and gives the process only the answers it reads: the decision
 * table's, and whether the practitioner may be vulnerable now (a check-in at once).
 */
@Component("recordTriage")
class RecordTriage implements TaskListener {

    private final TaskForms forms;
    private final TriageAssessments triage;

    RecordTriage(TaskForms forms, TriageAssessments triage) {
        this.forms = forms;
        this.triage = triage;
    }

    @Override
    public void notify(DelegateTask task) {
        TriageAnswers answers = forms.take(task, TriageAnswers.class);
        triage.triage(forms.businessKey(task), answers, forms.actor(task));
        task.getExecution().setVariables(Map.of(
                ConcernPathway.VAR_LIKELIHOOD, answers.likelihood(),
                ConcernPathway.VAR_IMPACT, answers.impact(),
                ConcernPathway.VAR_IMMEDIATE_RISK, answers.immediateRisk(),
                ConcernPathway.VAR_PREVIOUS_CONCERNS, answers.previousConcerns(),
                ConcernPathway.VAR_INSIGHT, answers.insight().name(),
                ConcernPathway.VAR_WELLBEING_CONCERN, answers.wellbeingConcern()));
    }
}
