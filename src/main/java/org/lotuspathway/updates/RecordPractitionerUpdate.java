package org.lotuspathway.updates;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.lotuspathway.process.engine.TaskForms;
import org.springframework.stereotype.Component;

@Component("recordPractitionerUpdate")
class RecordPractitionerUpdate implements TaskListener {

    private final TaskForms forms;
    private final PractitionerUpdates updates;

    RecordPractitionerUpdate(TaskForms forms, PractitionerUpdates updates) {
        this.forms = forms;
        this.updates = updates;
    }

    @Override
    public void notify(DelegateTask task) {
        updates.sendAfterPanel(forms.businessKey(task), forms.take(task, UpdateAnswers.class), forms.actor(task));
    }
}
