package org.lotuspathway.process.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.lotuspathway.process.ConcernPathway;
import org.springframework.stereotype.Component;

/**
 * The running cases in the engine, and their timers: start a case's pathway, tell it something
 * happened, see where it waits, stop and restart its deadlines. The only place that reads or
 * changes the engine's running instances and jobs.
 */
@Component
public class PathwayInstances {

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final PathwayTasks tasks;
    private final EngineInternals internals;

    PathwayInstances(ProcessEngine engine, RuntimeService runtime, ManagementService management, PathwayTasks tasks,
            EngineInternals internals) {
        this.engine = engine;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.internals = internals;
    }

    /** Starts the concern pathway for the case, in the caller's transaction. */
    public void startPathway(String businessKey) {
        runtime.startProcessInstanceByKey(ConcernPathway.ID, businessKey);
    }

    /** Starts another of the application's processes for the case (a reminder, a request), with its variables. */
    public void start(String processKey, String businessKey, Map<String, Object> variables) {
        runtime.startProcessInstanceByKey(processKey, businessKey, variables);
    }

    /** Tells the case's running processes that the message's event happened (the practitioner wrote...). */
    public void tell(String message, String businessKey) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).correlate();
    }

    /**
     * As {@link #tell}, to whichever of the key's processes waits for the message now, if any: an
     * event that may have stopped waiting (its timer fired first) is not a failure.
     */
    public void tellIfWaiting(String message, String businessKey) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).correlateAll();
    }

    /** The steps the case's pathway waits at now; none once it has ended. */
    public List<String> activeSteps(String businessKey) {
        return pathway(businessKey).map(instance -> runtime.getActiveActivityIds(instance.getId())).orElse(List.of());
    }

    /** The case a running process instance belongs to, if it is running for one. */
    public Optional<String> caseOf(String processInstanceId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult()).map(ProcessInstance::getBusinessKey);
    }

    /** Stops the pathway's deadline timers (not the check-in rhythm: check-ins go on while a case is paused). */
    public void pauseDeadlines(String businessKey) {
        pathway(businessKey).ifPresent(pathway -> deadlineTimers(pathway.getId(), true)
                .forEach(job -> management.suspendJobById(job.getId())));
    }

    /** Starts the deadline timers again, each due later by the time paused, and the open tasks' due dates with them. */
    public void resumeDeadlines(String businessKey, Duration paused) {
        pathway(businessKey).ifPresent(pathway -> {
            for (Job job : deadlineTimers(pathway.getId(), false)) {
                management.setJobDuedate(job.getId(), Date.from(job.getDuedate().toInstant().plus(paused)));
                management.activateJobById(job.getId());
            }
            tasks.postponeDueDates(pathway.getId(), paused);
        });
    }

    /** Jobs waiting to run now, across every case. */
    public long executableJobs() {
        return management.createJobQuery().executable().count();
    }

    /** Jobs that failed every retry and wait for someone to look. */
    public long failedJobs() {
        return management.createJobQuery().noRetriesLeft().count();
    }

    /** The engine's name, as nodes sharing one database know it. */
    public String engineName() {
        return engine.getName();
    }

    public boolean jobExecutorActive() {
        return internals.jobExecutorActive();
    }

    /** The case's next job by due date, among those due by {@code until} (the demo walks cases along). */
    public Optional<DueJob> nextJob(String businessKey, Instant until) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).active()
                        .duedateLowerThan(Date.from(until)).list().stream())
                .map(job -> new DueJob(job.getId(), job.getDuedate() == null ? null : job.getDuedate().toInstant()))
                .min((a, b) -> a.dueOrEpoch().compareTo(b.dueOrEpoch()));
    }

    public void runJob(String jobId) {
        management.executeJob(jobId);
    }

    /** A job and when it is due (null: at once). */
    public record DueJob(String id, Instant due) {

        Instant dueOrEpoch() {
            return due == null ? Instant.EPOCH : due;
        }
    }

    private Optional<ProcessInstance> pathway(String businessKey) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(ConcernPathway.ID)
                .processInstanceBusinessKey(businessKey).singleResult());
    }

    private List<Job> deadlineTimers(String pathwayId, boolean active) {
        Set<String> checkInRhythm = management.createJobQuery().processInstanceId(pathwayId)
                .activityId(ConcernPathway.EVENT_CHECK_IN_DUE).list().stream().map(Job::getId).collect(Collectors.toSet());
        var query = management.createJobQuery().processInstanceId(pathwayId).timers();
        return (active ? query.active() : query.suspended()).list().stream()
                .filter(job -> !checkInRhythm.contains(job.getId())).toList();
    }
}
