package org.lotuspathway.wellbeing;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.panel.PanelDiscussions;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops and restarts the case clock while an unwell practitioner is supported. While paused the
 * pathway's deadlines do not run (its timers are suspended); check-ins go on, because they matter
 * most then. On resuming, every deadline of the pathway moves later by the time paused.
 */
@Service
public class CasePauses {

    private final Concerns concerns;
    private final CasePauseRepository pauses;
    private final PanelDiscussions panel;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final PathwayClock clock;

    CasePauses(Concerns concerns, CasePauseRepository pauses, PanelDiscussions panel, RuntimeService runtime,
            ManagementService management, TaskService tasks, PathwayClock clock) {
        this.concerns = concerns;
        this.pauses = pauses;
        this.panel = panel;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public void pause(String businessKey, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw InvalidSubmission.of("reason", "Say why the case is paused, without health details");
        }
        if (reason.strip().length() > CasePause.REASON_LENGTH) {
            throw InvalidSubmission.of("reason", "Keep the reason to " + CasePause.REASON_LENGTH + " characters or fewer");
        }
        Concern concern = concerns.get(businessKey);
        if (concern.isPaused() || concern.isClosed()) {
            throw InvalidSubmission.of("reason", concern.isClosed() ? "A closed case cannot be paused"
                    : "The case is already paused");
        }
        concern.pause(clock.now());
        pauses.save(new CasePause(concern, reason.strip(), by, clock.now()));
        deadlineTimers(businessKey, true).forEach(job -> management.suspendJobById(job.getId()));
    }

    @Transactional
    public void resume(String businessKey, String by) {
        Concern concern = concerns.get(businessKey);
        if (!concern.isPaused()) {
            throw InvalidSubmission.of("reason", "The case is not paused");
        }
        Duration paused = concern.resume(clock.now());
        pauses.findFirstByConcernAndResumedAtIsNull(concern).ifPresent(pause -> pause.end(by, clock.now()));
        for (Job job : deadlineTimers(businessKey, false)) {
            management.setJobDuedate(job.getId(), later(job.getDuedate(), paused));
            management.activateJobById(job.getId());
        }
        for (Task task : pathwayTasks(businessKey)) {
            if (task.getDueDate() != null) {
                task.setDueDate(later(task.getDueDate(), paused));
                tasks.saveTask(task);
            }
            if (ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE.equals(task.getTaskDefinitionKey())) {
                panel.postponeUpdate(businessKey, paused);
            }
        }
    }

    @Transactional(readOnly = true)
    public List<CasePause> of(Concern concern) {
        return pauses.findByConcernOrderByRecordedAtAsc(concern);
    }

    /** The pathway's own deadline timers: every timer of the case except the check-in rhythm. */
    private List<Job> deadlineTimers(String businessKey, boolean active) {
        ProcessInstance pathway = pathway(businessKey);
        Set<String> checkInRhythm = management.createJobQuery().processInstanceId(pathway.getId())
                .activityId(ConcernPathway.EVENT_CHECK_IN_DUE).list().stream().map(Job::getId).collect(Collectors.toSet());
        var query = management.createJobQuery().processInstanceId(pathway.getId()).timers();
        return (active ? query.active() : query.suspended()).list().stream()
                .filter(job -> !checkInRhythm.contains(job.getId())).toList();
    }

    private List<Task> pathwayTasks(String businessKey) {
        return tasks.createTaskQuery().processInstanceId(pathway(businessKey).getId()).list();
    }

    private ProcessInstance pathway(String businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ConcernPathway.ID)
                .processInstanceBusinessKey(businessKey).singleResult();
    }

    private static Date later(Date date, Duration by) {
        return Date.from(date.toInstant().plus(by));
    }
}
