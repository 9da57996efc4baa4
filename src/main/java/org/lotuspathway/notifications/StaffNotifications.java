package org.lotuspathway.notifications;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells staff about work that needs them: a task given to them by someone else, a practitioner
 * update that is late, an urgent wellbeing concern, a missed check-in, a practitioner writing from
 * their portal (to the case's case manager, or their team), a high-risk case whose interim action
 * the Responsible Officer must consider. Emails name the case and link the task; they never say
 * who the practitioner is or what was written. Camunda's Spring Boot
 * starter publishes task events synchronously inside the engine's transaction, so each email is
 * queued together with the task that caused it, or not at all.
 */
@Component
class StaffNotifications {

    private final Outbox outbox;
    private final ConcernRepository concerns;
    private final StaffDirectory staff;
    private final String baseUrl;

    StaffNotifications(Outbox outbox, ConcernRepository concerns, StaffDirectory staff,
            @Value("${lotus.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.concerns = concerns;
        this.staff = staff;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * Someone else gave the task to this person. Claiming a task yourself tells nobody. Keyed by
     * task and assignee: a task handed back and given to the same person again is not news twice.
     */
    @EventListener(condition = "#task.eventName == 'assignment'")
    void assigned(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || assignee.equals(actingUser())) {
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
            case ConcernPathway.TASK_REPLY_TO_PRACTITIONER -> toCaseManager(caseReference,
                    "The practitioner has written" + inBrackets(caseReference), """
                    Hello,

                    The practitioner%s has written to the case team from their portal: a comment, or a
                    request for a call. Please reply within 2 working days. What they wrote, and any
                    number they gave, is on the task:

                    %s

                    Lotus Pathway""".formatted(onCase(caseReference), taskLink(task)),
                    "practitioner-wrote:" + task.getId());
            case ConcernPathway.TASK_CONSIDER_INTERIM_ACTION -> outbox.toGroup(Roles.RESPONSIBLE_OFFICER,
                    "High-risk case: please consider interim action" + inBrackets(caseReference), """
                    Hello,

                    Triage%s found a high risk. Please consider interim action (referral to the
                    regulator, suspension, conditions), and make sure the practitioner is told
                    promptly. The triage is on the task:

                    %s

                    Lotus Pathway""".formatted(onCase(caseReference), taskLink(task)),
                    "interim-action:" + task.getId());
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
     * The case's case manager, or the case managers' team when nobody holds the case (no case, or its
     * case manager is no longer a user here).
     */
    private void toCaseManager(String caseReference, String subject, String body, String eventKey) {
        String caseManager = caseReference == null ? null
                : concerns.findByBusinessKey(caseReference).map(Concern::caseManager)
                        .filter(user -> staff.find(user).isPresent()).orElse(null);
        if (caseManager != null) {
            outbox.toUser(caseManager, subject, body, eventKey);
        } else {
            outbox.toGroup(Roles.CASE_MANAGER, subject, body, eventKey);
        }
    }

    /**
     * Who is acting: the engine's authenticated user where the caller set one, as Camunda's
     * Tasklist does, or else the person signed in to our pages.
     */
    private String actingUser() {
        return staff.actingUser().orElseGet(() -> {
            var signedIn = SecurityContextHolder.getContext().getAuthentication();
            return signedIn == null ? null : signedIn.getName();
        });
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
