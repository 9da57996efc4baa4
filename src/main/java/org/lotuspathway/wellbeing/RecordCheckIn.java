package org.lotuspathway.wellbeing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.TaskForms;
import org.springframework.stereotype.Component;

/** On completing a check-in: records it; its outcome decides whether the Responsible Officer is called. */
@Component("recordCheckIn")
class RecordCheckIn implements TaskListener {

    private final TaskForms forms;
    private final CheckIns checkIns;

    RecordCheckIn(TaskForms forms, CheckIns checkIns) {
        this.forms = forms;
        this.checkIns = checkIns;
    }

    @Override
    public void notify(DelegateTask task) {
        Object reason = task.getVariable(ConcernPathway.VAR_CHECK_IN_REASON);
        CheckIn checkIn = checkIns.checkIn(forms.businessKey(task),
                reason == null ? CheckInReason.REGULAR : CheckInReason.valueOf(reason.toString()),
                forms.take(task, CheckInAnswers.class), forms.actor(task));
        task.getExecution().setVariable(ConcernPathway.VAR_CHECK_IN_OUTCOME, checkIn.outcome().name());
    }
}
