package org.lotuspathway.speakup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.lotuspathway.process.engine.TaskForms;
import org.springframework.stereotype.Component;

/** On completing "Screen an incoming concern": records the decision, and tells the gateway after it. */
@Component("recordScreening")
class RecordScreening implements TaskListener {

    private final TaskForms forms;
    private final Screening screening;

    RecordScreening(TaskForms forms, Screening screening) {
        this.forms = forms;
        this.screening = screening;
    }

    @Override
    public void notify(DelegateTask task) {
        ScreeningDecision decision = screening.screen(forms.businessKey(task), forms.take(task), forms.actor(task));
        task.getExecution().setVariable(ScreeningProcess.VAR_DECISION, decision.name());
    }
}
