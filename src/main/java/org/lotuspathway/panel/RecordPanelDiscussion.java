package org.lotuspathway.panel;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.TaskForms;
import org.springframework.stereotype.Component;

/** On completing a panel discussion: records it; the decision and the update deadline steer the process. */
@Component("recordPanelDiscussion")
class RecordPanelDiscussion implements TaskListener {

    private final TaskForms forms;
    private final PanelDiscussions panel;

    RecordPanelDiscussion(TaskForms forms, PanelDiscussions panel) {
        this.forms = forms;
        this.panel = panel;
    }

    @Override
    public void notify(DelegateTask task) {
        PanelDiscussion discussion = panel.record(forms.businessKey(task), forms.take(task, PanelAnswers.class),
                forms.actor(task));
        task.getExecution().setVariable(ConcernPathway.VAR_PANEL_DECISION, discussion.decision().name());
        task.getExecution().setVariable(ConcernPathway.VAR_UPDATE_DUE, Date.from(discussion.updateDue()));
    }
}
