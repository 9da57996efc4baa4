package org.lotuspathway.concern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.lotuspathway.process.engine.TaskForms;
import org.springframework.stereotype.Component;

/**
 * On completing a step without a record type of its own: keeps the answers as the form gave them.
 * The bean keeps its first name, which deployed diagrams call ({@code ${recordCaseStep}}).
 */
@Component("recordCaseStep")
class RecordStepAnswers implements TaskListener {

    private final TaskForms forms;
    private final AnsweredSteps steps;

    RecordStepAnswers(TaskForms forms, AnsweredSteps steps) {
        this.forms = forms;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.record(forms.businessKey(task), task.getTaskDefinitionKey(), task.getName(), forms.schemaOf(task),
                forms.take(task), forms.actor(task));
    }
}
