package org.lotuspathway.worklist;

import java.util.AbstractList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.forms.FormValidator;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.engine.DeployedForms;
import org.lotuspathway.process.engine.EngineTask;
import org.lotuspathway.process.engine.PathwayHistory;
import org.lotuspathway.process.engine.PathwayTasks;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.lotuspathway.process.engine.TaskTakenMeanwhile;
import org.lotuspathway.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The commands on one task: open it, claim, hand back, give to someone, complete. A user works
 * tasks of their own groups; managers may look at any task and hand it to someone in its groups.
 * (The team's list of tasks is {@link TaskListQuery}.)
 */
@Service
public class TaskCommands {

    private final PathwayTasks tasks;
    private final PathwayHistory history;
    private final StaffDirectory staff;
    private final DeployedForms forms;
    private final Concerns concerns;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    TaskCommands(PathwayTasks tasks, PathwayHistory history, StaffDirectory staff, DeployedForms forms,
            Concerns concerns, PlatformTransactionManager transactionManager) {
        this.tasks = tasks;
        this.history = history;
        this.staff = staff;
        this.forms = forms;
        this.concerns = concerns;
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
        return opened(user, tasks.find(taskId).orElseThrow(() -> new TaskGone(taskId)));
    }

    private OpenTask opened(CurrentUser user, EngineTask task) {
        if (task.businessKey() == null || concerns.find(task.businessKey()).isEmpty()) {
            throw new NotPartOfACase(task.id());
        }
        OpenTask open = new OpenTask(task.id(), task.name(), task.taskKey(), task.description(), task.businessKey(),
                task.due(), task.assignee(), task.candidateGroups(), new GroupNamesWhenRead(staff, task.candidateGroups()),
                forms.forTask(task.id(), task.processDefinitionId(), task.taskKey()));
        if (!user.mayOpenTask(open.assignee(), open.candidateGroups())) {
            throw new NotYourTask("This task is for " + open.forWhom() + ".");
        }
        return open;
    }

    /** A case's open tasks in every process that carries its business key (check-ins and replies too), soonest due first. */
    public List<CaseTask> openTasksOf(String businessKey) {
        return reading.execute(status -> tasks.openOf(businessKey).stream()
                .sorted(Comparator.comparing(EngineTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EngineTask::created))
                .map(task -> new CaseTask(task.id(), task.taskKey(), task.name(), task.due(), task.candidateGroups(),
                        task.assignee()))
                .toList());
    }

    /** Whether the task was there once and is done: completed, or ended with its case. */
    public boolean wasOnceOpen(String taskId) {
        return history.taskExisted(taskId);
    }

    public void claim(CurrentUser user, String taskId) {
        OpenTask task = open(user, taskId);
        requireWorker(user, task);
        if (task.assignee() != null && !task.assignee().equals(user.name())) {
            throw new NotYourTask(task.assignee() + " is already working on this task.");
        }
        try {
            tasks.claim(taskId, user.name());
        } catch (TaskTakenMeanwhile e) {
            throw new NotYourTask(e.assignee() + " claimed this task a moment ago.");
        }
    }

    public void unclaim(CurrentUser user, String taskId) {
        OpenTask task = open(user, taskId);
        if (!user.name().equals(task.assignee()) && !user.isManager()) {
            throw new NotYourTask("Only " + task.assignee() + " or a manager can hand this task back.");
        }
        tasks.assign(taskId, null);
    }

    public void assign(CurrentUser user, String taskId, String assignee) {
        OpenTask task = open(user, taskId);
        if (!user.isManager()) {
            throw new NotYourTask("Only a manager can give a task to someone else.");
        }
        if (candidates(task).stream().noneMatch(candidate -> candidate.id().equals(assignee))) {
            throw new NotYourTask("That person is not in a group that works this task.");
        }
        tasks.assign(taskId, assignee);
    }

    /** People who could take the task: members of its candidate groups. */
    public List<StaffMember> candidates(OpenTask task) {
        return task.candidateGroups().stream().flatMap(group -> staff.membersOf(group).stream()).distinct().toList();
    }

    /**
     * Completes the task with the answers given, as the user. Returns the problems with the answers
     * (nothing is recorded then), or an empty map when the task is done.
     */
    public Map<String, String> complete(CurrentUser user, String taskId, Map<String, Object> answers) {
        try {
            // One transaction from reading the task to completing it: each engine call would otherwise
            // commit on its own, and claimed and completed together, answers refused on completion
            // leave the task as it was.
            return transaction.execute(status -> tasks.complete(taskId, user.name(), answers,
                    ConcernPathway.KEPT_AS_VARIABLES, found -> {
                        OpenTask task = opened(user, found.orElseThrow(() -> new TaskGone(taskId)));
                        requireWorker(user, task);
                        Map<String, String> problems = FormValidator.validate(task.form(), answers);
                        if (problems.isEmpty() && task.assignee() != null && !task.assignee().equals(user.name())) {
                            throw new NotYourTask(task.assignee()
                                    + " is working on this task. Ask them, or a manager, to hand it over.");
                        }
                        return problems;
                    }));
        } catch (TaskTakenMeanwhile e) {
            if (e.assignee() != null) {
                throw new NotYourTask(e.assignee() + " claimed this task a moment ago.");
            }
            throw new TaskGone(taskId);
        } catch (RuntimeException e) {
            Optional<InvalidSubmission> invalid = InvalidSubmission.in(e);
            if (invalid.isPresent()) {
                return invalid.get().errors();
            }
            if (!(e instanceof NotYourTask) && !tasks.exists(taskId)) {
                throw new TaskGone(taskId);
            }
            throw e;
        }
    }

    private static void requireWorker(CurrentUser user, OpenTask task) {
        if (!task.workableBy(user)) {
            throw new NotYourTask("This task is for " + task.forWhom() + "; you can see it but not work on it.");
        }
    }

    /**
     * A task's groups by name, looked up only when read: a page shows them, but completing a task
     * reads them only to refuse someone, and the lookup is an engine query of its own.
     */
    private static final class GroupNamesWhenRead extends AbstractList<String> {
        private final StaffDirectory staff;
        private final List<String> groupIds;
        private List<String> names;

        GroupNamesWhenRead(StaffDirectory staff, List<String> groupIds) {
            this.staff = staff;
            this.groupIds = List.copyOf(groupIds);
        }

        @Override
        public String get(int index) {
            if (names == null) {
                names = staff.groupNames(groupIds);
            }
            return names.get(index);
        }

        /** One name for each group, as StaffDirectory.groupNames gives. */
        @Override
        public int size() {
            return groupIds.size();
        }
    }
}
