package org.lotuspathway.worklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.lotuspathway.forms.FormValidator;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.DeployedForms;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The team's work on the engine's tasks: open one, claim, hand back, reassign, complete. A user
 * works tasks of their own groups; managers may hand any task to someone in its groups.
 */
@Service
public class Worklist {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final HistoryService history;
    private final DeployedForms forms;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    private final ProcessEngineConfigurationImpl engine;

    Worklist(TaskService tasks, RuntimeService runtime, IdentityService identity, HistoryService history,
            DeployedForms forms, PlatformTransactionManager transactionManager, ProcessEngine processEngine) {
        this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.history = history;
        this.forms = forms;
        this.transaction = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    /** Managers may look at any task; others only at tasks they could work. */
    public OpenTask open(CurrentUser user, String taskId) {
        // one transaction for the engine's several reads, not one each
        return reading.execute(status -> openIn(user, taskId));
    }

    private OpenTask openIn(CurrentUser user, String taskId) {
        Task task = openTask(taskId);
        String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        OpenTask open = new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getDescription(),
                businessKey, task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(),
                candidateGroups(taskId),
                forms.forTask(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
        if (!open.workableBy(user) && !user.isManager()) {
            throw new NotYourTask("This task is for " + String.join(", ", open.candidateGroups()) + ".");
        }
        return open;
    }

    /** A case's open tasks in every process that carries its business key (check-ins and replies too), soonest due first. */
    public List<CaseTask> openTasksOf(String businessKey) {
        return reading.execute(status -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list().stream()
                .map(task -> new CaseTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(), candidateGroups(task.getId()),
                        task.getAssignee()))
                .toList());
    }

    /** Whether the task was there once and is done: completed, or ended with its case. */
    public boolean wasOnceOpen(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    }

    public void claim(CurrentUser user, String taskId) {
        OpenTask task = open(user, taskId);
        requireWorker(user, task);
        if (task.assignee() != null && !task.assignee().equals(user.name())) {
            throw new NotYourTask(task.assignee() + " is already working on this task.");
        }
        try {
            tasks.claim(taskId, user.name());
        } catch (TaskAlreadyClaimedException e) {
            throw new NotYourTask(e.getTaskAssignee() + " claimed this task a moment ago.");
        }
    }

    public void unclaim(CurrentUser user, String taskId) {
        OpenTask task = open(user, taskId);
        if (!user.name().equals(task.assignee()) && !user.isManager()) {
            throw new NotYourTask("Only " + task.assignee() + " or a manager can hand this task back.");
        }
        tasks.setAssignee(taskId, null);
    }

    public void assign(CurrentUser user, String taskId, String assignee) {
        OpenTask task = open(user, taskId);
        if (!user.isManager()) {
            throw new NotYourTask("Only a manager can give a task to someone else.");
        }
        if (candidates(task).stream().noneMatch(candidate -> candidate.getId().equals(assignee))) {
            throw new NotYourTask("That person is not in a group that works this task.");
        }
        tasks.setAssignee(taskId, assignee);
    }

    /** People who could take the task: members of its candidate groups. */
    public List<User> candidates(OpenTask task) {
        return task.candidateGroups().stream()
                .flatMap(group -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream())
                .distinct().toList();
    }

    /**
     * Completes the task with the answers given, as the user. Returns the problems with the answers
     * (nothing is recorded then), or an empty map when the task is done.
     */
    public Map<String, String> complete(CurrentUser user, String taskId, Map<String, Object> answers) {
        identity.setAuthenticatedUserId(user.name());
        try {
            // One transaction from reading the task to completing it: each engine call would otherwise
            // commit on its own, and claimed and completed together, answers refused on completion
            // leave the task as it was.
            return transaction.execute(status -> {
                OpenTask task = open(user, taskId);
                requireWorker(user, task);
                Map<String, String> problems = FormValidator.validate(task.form(), answers);
                if (!problems.isEmpty()) {
                    return problems;
                }
                if (task.assignee() != null && !task.assignee().equals(user.name())) {
                    throw new NotYourTask(task.assignee() + " is working on this task. Ask them, or a manager, to hand it over.");
                }
                claimIfFreeAndComplete(task, user, answers);
                return Map.of();
            });
        } catch (TaskAlreadyClaimedException e) {
            throw new NotYourTask(e.getTaskAssignee() + " claimed this task a moment ago.");
        } catch (OptimisticLockingException e) {
            throw new TaskGone(taskId);
        } catch (RuntimeException e) {
            Optional<InvalidSubmission> invalid = InvalidSubmission.in(e);
            if (invalid.isPresent()) {
                return invalid.get().errors();
            }
            if (!(e instanceof NotYourTask) && tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new TaskGone(taskId);
            }
            throw e;
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * Claiming and completing as one engine command rather than TaskService's two: the engine then
     * writes the task's changes once, not once for the claim and again for the completion. The two
     * are Camunda's own commands (internal API, so look here first when upgrading the engine), and
     * its operation log shows them as one operation with a Claim and a Complete entry.
     */
    private void claimIfFreeAndComplete(OpenTask task, CurrentUser user, Map<String, Object> answers) {
        engine.getCommandExecutorTxRequired().execute(context -> {
            if (task.assignee() == null) {
                new ClaimTaskCmd(task.id(), user.name()).execute(context);
            }
            return new CompleteTaskCmd(task.id(), transientVariables(answers)).execute(context);
        });
    }

    /**
     * The answers as transient variables: the task's listeners take them into the case's records in
     * the same transaction, so the engine need not write them, and their history, only to delete
     * them again. The triage decision's inputs stay process variables, which the triage's listener
     * sets again for the decision, however it is modelled: the engine refuses to turn a transient
     * variable into a stored one of the same name, so they cannot arrive transient.
     */
    private static VariableMap transientVariables(Map<String, Object> answers) {
        VariableMap variables = Variables.createVariables();
        answers.forEach((name, value) -> variables.putValueTyped(name,
                Variables.untypedValue(value, !ConcernPathway.DECISION_INPUTS.contains(name))));
        return variables;
    }

    private Task openTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskGone(taskId);
        }
        return task;
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private static void requireWorker(CurrentUser user, OpenTask task) {
        if (!task.workableBy(user)) {
            throw new NotYourTask("This task is for " + String.join(", ", task.candidateGroups())
                    + "; you can see it but not work on it.");
        }
    }
}
