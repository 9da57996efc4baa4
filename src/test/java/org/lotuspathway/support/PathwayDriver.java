package org.lotuspathway.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.springframework.boot.test.context.TestComponent;

/**
 * Walks cases along the pathway the way its users do: raise, then complete each task as the
 * person whose group holds it, with the answers they would give. Time moves by the engine clock.
 */
@TestComponent
public class PathwayDriver {

    private final ConcernIntake intake;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final PathwayClock clock;

    PathwayDriver(ConcernIntake intake, RuntimeService runtime, TaskService tasks, ManagementService management,
            IdentityService identity, PathwayClock clock) {
        this.intake = intake;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.clock = clock;
    }

    public static NewConcern concernAbout(String name, String gmcNumber) {
        return new NewConcern(new PractitionerDetails(name, Profession.GP, Register.GMC, gmcNumber),
                ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL),
                "A patient says a referral for suspected cancer was not made.", LocalDate.of(2026, 11, 2));
    }

    /** Raises a concern about a practitioner with no portal account; returns its business key. */
    public String raise() {
        return raise(concernAbout("Dr Test Practitioner", "1234567"));
    }

    public String raise(NewConcern concern) {
        return intake.raise(concern, "casemanager").businessKey();
    }

    public ProcessInstance pathway(String businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ConcernPathway.ID)
                .processInstanceBusinessKey(businessKey).singleResult();
    }

    public List<ProcessInstance> checkIns(String businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ConcernPathway.CHECK_IN_ID)
                .processInstanceBusinessKey(businessKey).list();
    }

    /** Open tasks of the case and of its check-ins. */
    public List<Task> openTasks(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list();
    }

    public Task task(String businessKey, String taskKey) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list();
        if (open.size() != 1) {
            throw new AssertionError("Expected one open " + taskKey + " on " + businessKey + " but found "
                    + open.size() + "; open: " + openTasks(businessKey).stream().map(Task::getTaskDefinitionKey).toList());
        }
        return open.get(0);
    }

    /** Claims and completes a task as a user, with the answers given. */
    public void complete(String businessKey, String taskKey, String user, Map<String, Object> answers) {
        Task task = task(businessKey, taskKey);
        identity.setAuthenticatedUserId(user);
        try {
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), new HashMap<>(answers));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Completes a task with valid answers to its form, changed where the test says. */
    public void complete(String businessKey, String taskKey, String formId, String user, Map<String, Object> changes) {
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid(formId, today()));
        answers.putAll(changes);
        complete(businessKey, taskKey, user, answers);
    }

    public static Map<String, Object> triage(int likelihood, int impact) {
        return Map.of("likelihood", String.valueOf(likelihood), "impact", String.valueOf(impact), "insight", "FULL");
    }

    public void triageAs(String businessKey, int likelihood, int impact) {
        complete(businessKey, ConcernPathway.TASK_TRIAGE_CONCERN, "triage-concern", "casemanager",
                triage(likelihood, impact));
    }

    public void panelDecides(String businessKey, String decision) {
        complete(businessKey, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "panel-discussion", "pag",
                Map.of("decision", decision, "meetingDate", today().toString(),
                        "undertakingsOrConditions", "To work under supervision for six months."));
    }

    /** Raises the concern and walks it through triage, investigation and the panel to its first update, sent. */
    public String raiseAndSendAnUpdate(NewConcern concern) {
        String key = raise(concern);
        triageAs(key, 3, 3);
        complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        panelDecides(key, "LOCAL_REMEDIATION");
        sendUpdate(key);
        return key;
    }

    public void sendUpdate(String businessKey) {
        complete(businessKey, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, "practitioner-update", "casemanager",
                Map.of());
    }

    public void reviewAndClose(String businessKey) {
        reviewAndClose(businessKey, "Add referral tracking to the practice induction");
    }

    /** The lessons review, with one improvement action in these words, then the case closed. */
    public void reviewAndClose(String businessKey, String action) {
        complete(businessKey, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager",
                Map.of("action1", action, "action1Owner", "Practice manager",
                        "action1DueOn", today().plusMonths(2).toString()));
        complete(businessKey, ConcernPathway.TASK_CLOSE_CASE, "close-case", "casemanager", Map.of());
    }

    public LocalDate today() {
        return clock.today();
    }

    /** Moves the engine clock forward and runs every job that is then due and not suspended, as the job executor would. */
    public void timePasses(Duration duration) {
        TestClock.stopAt(clock.now().plus(duration));
        runDueJobs();
    }

    public void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().active().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep becoming due: a timer loop?");
    }

    /** Timers waiting on the case and its check-ins. */
    public long timers(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .mapToLong(instance -> management.createJobQuery().timers().processInstanceId(instance.getId()).count())
                .sum();
    }

}
