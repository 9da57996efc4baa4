package org.lotuspathway.notifications;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells staff about work that needs them: a task given to them by someone else, a practitioner
 * update that is late, an urgent wellbeing concern, a missed check-in. Camunda's Spring Boot
 * starter publishes task events synchronously inside the engine's transaction, so each email is
 * queued together with the task that caused it, or not at all.
 */
@Component
class StaffNotifications {

    private final Outbox outbox;
    private final String baseUrl;

    StaffNotifications(Outbox outbox, @Value("${lotus.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * Someone else gave the task to this person. Claiming a task yourself tells nobody. Keyed by
     * task and assignee: a task handed back and given to the same person again is not news twice.
     */
    @EventListener(condition = "#task.eventName == 'assignment'")
    void assigned(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || assignee.equals(actingUser(task))) {
            return;
        }
        String caseReference = caseReference(task);
        String taskName = task.getName() == null ? "a task" : task.getName();
        outbox.toUser(assignee, "A task for you: " + taskName + inBrackets(caseReference), """
                Hello,

                A task is now yours in Lotus Pathway: %s%s.

                Please sign in to work on it:
                %s

                Lotus Pathway""".formatted(taskName, onCase(caseReference), taskLink(task)),
                "task-assigned:" + task.getId() + ":" + assignee);
    }

    @EventListener(condition = "#task.eventName == 'create'")
    void created(DelegateTask task) {
        if (task.getTaskDefinitionKey() == null) {
            return;
        }
        String caseReference = caseReference(task);
        switch (task.getTaskDefinitionKey()) {
            case ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE -> outbox.toGroup(Roles.RESPONSIBLE_OFFICER,
                    "Practitioner update overdue" + inBrackets(caseReference), """
                    Hello,

                    The update to the practitioner%s was not sent in time. Please follow it up: the
                    practitioner is waiting to hear how their case is going.

                    %s

                    Lotus Pathway""".formatted(onCase(caseReference), taskLink(task)),
                    "late-update:" + task.getId());
            case ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN -> outbox.toGroup(Roles.RESPONSIBLE_OFFICER,
                    "URGENT wellbeing concern: please respond now" + inBrackets(caseReference), """
                    Hello,

                    A wellbeing check-in%s found an urgent concern for the practitioner's wellbeing.
                    Please respond now, and make sure they have support today.

                    %s

                    Lotus Pathway""".formatted(onCase(caseReference), taskLink(task)),
                    "urgent-wellbeing:" + task.getId());
            case ConcernPathway.TASK_FOLLOW_UP_MISSED_CHECK_IN -> outbox.toGroup(Roles.RESPONSIBLE_OFFICER,
                    "Wellbeing check-in missed" + inBrackets(caseReference), """
                    Hello,

                    A wellbeing check-in with the practitioner%s was not done in time. Please follow
                    it up, so that they are not left without support.

                    %s

                    Lotus Pathway""".formatted(onCase(caseReference), taskLink(task)),
                    "missed-check-in:" + task.getId());
            default -> {
            }
        }
    }

    /**
     * Who is acting: the engine's authenticated user where the caller set one, as Camunda's
     * Tasklist does, or else the person signed in to our pages.
     */
    private static String actingUser(DelegateTask task) {
        var engine = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (engine != null) {
            return engine.getUserId();
        }
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null ? null : signedIn.getName();
    }

    private static String caseReference(DelegateTask task) {
        return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    }

    private static String onCase(String caseReference) {
        return caseReference == null ? "" : " on case " + caseReference;
    }

    private static String inBrackets(String caseReference) {
        return caseReference == null ? "" : " (" + caseReference + ")";
    }

    private String taskLink(DelegateTask task) {
        return baseUrl + "/tasks/" + task.getId();
    }
}
