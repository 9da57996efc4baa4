package org.lotuspathway.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.lotuspathway.process.ConcernPathway;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Changes made through the engine, wherever they come from (our pages, the API, Camunda's
 * Tasklist and REST API): a concern raised, a task completed, claimed, handed back or given to
 * someone. The Camunda starter publishes these events synchronously inside the engine's command,
 * so each line commits, or rolls back, with the change it records.
 */
@Component
class EngineAuditing {

    private final AuditLog log;

    EngineAuditing(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void taskChanged(DelegateTask task) {
        boolean completed = TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName());
        if (!completed && !TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            return;
        }
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        String what = task.getName() + " (task " + task.getId() + ")";
        if (completed) {
            log.record(AuditAction.COMPLETED_TASK, businessKey, what);
            return;
        }
        String actor = log.currentActor();
        if (task.getAssignee() == null) {
            log.record(actor, AuditAction.HANDED_BACK_TASK, businessKey, what);
        } else if (task.getAssignee().equals(actor)) {
            log.record(actor, AuditAction.CLAIMED_TASK, businessKey, what);
        } else {
            log.record(actor, AuditAction.ASSIGNED_TASK, businessKey, what + ", to " + task.getAssignee());
        }
    }

    /**
     * A concern pathway starting is a concern raised. The process instance's own start is the only
     * "start" on the process instance's execution before any activity instance exists (every
     * activity's start, the start event's included, comes with its activity instance).
     */
    @EventListener
    void executionStarted(DelegateExecution execution) {
        boolean processStart = ExecutionListener.EVENTNAME_START.equals(execution.getEventName())
                && execution.getActivityInstanceId() == null
                && execution.getId().equals(execution.getProcessInstanceId());
        if (processStart && execution.getProcessDefinitionId().startsWith(ConcernPathway.ID + ":")) {
            log.record(AuditAction.RAISED, execution.getProcessBusinessKey(), null);
        }
    }
}
