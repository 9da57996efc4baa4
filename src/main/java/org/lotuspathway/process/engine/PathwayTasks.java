package org.lotuspathway.process.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The engine's tasks in the pathway's words: the only place that reads or changes them. */
@Component
public class PathwayTasks {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private final TaskService tasks;
    private final IdentityService identity;
    private final EngineInternals internals;

    PathwayTasks(TaskService tasks, IdentityService identity, EngineInternals internals) {
        this.tasks = tasks;
        this.identity = identity;
        this.internals = internals;
    }

    public Optional<EngineTask> find(String taskId) {
        return internals.task(taskId);
    }

    public boolean exists(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).count() > 0;
    }

    /** The open tasks of every process that carries the case's key (its pathway, check-ins...), oldest first. */
    public List<EngineTask> openOf(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc().list()
                .stream().map(task -> view(task, businessKey)).toList();
    }

    /** The soonest due of the case's open tasks in one process, leaving out some steps. */
    public Optional<Instant> soonestDue(String businessKey, String processKey, Set<String> leavingOut) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).processDefinitionKey(processKey)
                .orderByDueDate().asc().list().stream()
                .filter(task -> task.getDueDate() != null && !leavingOut.contains(task.getTaskDefinitionKey()))
                .findFirst().map(task -> task.getDueDate().toInstant());
    }

    /**
     * For lists filtered in the database: a condition in SQL that the case whose key is in
     * {@code businessKeyColumn} has an open task of that step, in any process carrying its key,
     * joined as Camunda's own query by business key joins them.
     */
    public static String hasOpenTaskCondition(String businessKeyColumn, String taskKey) {
        if (!IDENTIFIER.matcher(businessKeyColumn).matches() || !IDENTIFIER.matcher(taskKey).matches()) {
            throw new IllegalArgumentException("Not a column and a step: " + businessKeyColumn + ", " + taskKey);
        }
        return """
                exists (select 1 from ACT_RU_TASK ot join ACT_RU_EXECUTION oi on oi.ID_ = ot.PROC_INST_ID_
                        where oi.BUSINESS_KEY_ = %s and ot.TASK_DEF_KEY_ = '%s')""".formatted(businessKeyColumn, taskKey);
    }

    /** How many tasks of that step are overdue now, across every case. */
    public long overdue(String taskKey, Instant now) {
        return tasks.createTaskQuery().taskDefinitionKey(taskKey).dueBefore(Date.from(now)).count();
    }

    public void claim(String taskId, String user) {
        try {
            tasks.claim(taskId, user);
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskTakenMeanwhile(e.getTaskAssignee(), e);
        }
    }

    /** Hands the task to someone, or back to its groups when {@code user} is null. */
    public void assign(String taskId, String user) {
        tasks.setAssignee(taskId, user);
    }

    private static VariableMap asVariables(Map<String, Object> answers, Set<String> keptAsVariables) {
        VariableMap variables = Variables.createVariables();
        answers.forEach((name, value) -> variables.putValueTyped(name,
                Variables.untypedValue(value, !keptAsVariables.contains(name))));
        return variables;
    }

    /** Runs a completion, telling a task someone else took meanwhile and a decision that could not be made. */
    private static <T> T completing(Supplier<T> completion) {
        try {
            return completion.get();
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskTakenMeanwhile(e.getTaskAssignee(), e);
        } catch (OptimisticLockingException e) {
            throw new TaskTakenMeanwhile(null, e);
        } catch (RuntimeException e) {
            throw DecisionNotEvaluated.in(e).<RuntimeException>map(DecisionNotEvaluated::new).orElse(e);
        }
    }

    /**
     * Completes the task as the user once {@code check} has looked at it (empty when it is gone) and
     * found no problems, claiming it first when nobody holds it; the task is read once for both.
     * Returns the check's problems. The answers go as transient variables: the task's listeners take
     * them into the case's records in the same transaction, so the engine need not write them, and
     * their history, only to delete them again. The names in {@code keptAsVariables} (the triage
     * decision's inputs) stay process variables: the engine refuses to turn a transient variable into
     * a stored one of the same name. A decision table the step runs that cannot be evaluated is a
     * {@link DecisionNotEvaluated}; a task someone else took meanwhile, {@link TaskTakenMeanwhile}.
     */
    public Map<String, String> complete(String taskId, String user, Map<String, Object> answers,
            Set<String> keptAsVariables, Function<Optional<EngineTask>, Map<String, String>> check) {
        VariableMap variables = asVariables(answers, keptAsVariables);
        return asUser(user, () -> completing(() -> internals.checkAndComplete(taskId, user, variables, check)));
    }

    /** Moves on the due dates of the process instance's open tasks, after a pause of that long. */
    public void postponeDueDates(String processInstanceId, Duration by) {
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (task.getDueDate() != null) {
                task.setDueDate(Date.from(task.getDueDate().toInstant().plus(by)));
                tasks.saveTask(task);
            }
        }
    }

    /** What the engine is told about who acts, for its history and operation log, while {@code work} runs. */
    public void asUser(String user, Runnable work) {
        asUser(user, () -> {
            work.run();
            return null;
        });
    }

    private <T> T asUser(String user, Supplier<T> work) {
        identity.setAuthenticatedUserId(user);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private EngineTask view(Task task, String businessKey) {
        return view(task, businessKey, tasks.getIdentityLinksForTask(task.getId()));
    }

    /** The task in the pathway's words, with the candidate groups among its links. */
    static EngineTask view(Task task, String businessKey, List<? extends IdentityLink> links) {
        List<String> groups = links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        return new EngineTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getDescription(),
                businessKey, task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(),
                groups, task.getProcessDefinitionId(), task.getCreateTime().toInstant());
    }
}
