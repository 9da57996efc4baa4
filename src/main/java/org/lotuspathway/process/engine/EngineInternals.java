package org.lotuspathway.process.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Everything the doors do past Camunda's public API, in one place: look here first when upgrading
 * the engine or moving to a fork. Each method says why the public API was not enough.
 */
@Component
class EngineInternals {

    private final ProcessEngine processEngine;
    private final IdentityService identity;

    EngineInternals(@Lazy ProcessEngine processEngine, @Lazy IdentityService identity) {
        this.processEngine = processEngine;
        this.identity = identity;
    }

    /**
     * The task as {@link EngineTask}, its case's business key and candidate groups read in one engine
     * command: TaskService would take a task query, a process instance query and a query for its links.
     */
    Optional<EngineTask> task(String taskId) {
        return Optional.ofNullable(engine().getCommandExecutorTxRequired().execute(context -> read(context, taskId)));
    }

    /**
     * Reads the task, lets {@code check} look at it, and, when the check finds no problems, claims it
     * for {@code user} if nobody holds it and completes it, all as one engine command: the task, its
     * process and its links are read once, for the check and for the completion. What the check throws
     * is thrown after the command, so the engine does not log a refusal as its own failure. Claim and
     * completion are Camunda's own commands, run as one: the engine writes the task's changes once, and
     * its operation log shows one operation with a Claim and a Complete entry.
     */
    Map<String, String> checkAndComplete(String taskId, String user, VariableMap variables,
            Function<Optional<EngineTask>, Map<String, String>> check) {
        RuntimeException[] refusal = new RuntimeException[1];
        Map<String, String> problems = engine().getCommandExecutorTxRequired().execute(context -> {
            EngineTask task = read(context, taskId);
            Map<String, String> found;
            try {
                found = check.apply(Optional.ofNullable(task));
            } catch (RuntimeException e) {
                refusal[0] = e;
                return Map.<String, String>of();
            }
            if (found.isEmpty()) {
                if (task != null && task.assignee() == null) {
                    new ClaimTaskCmd(taskId, user).execute(context);
                }
                new CompleteTaskCmd(taskId, variables).execute(context);
            }
            return found;
        });
        if (refusal[0] != null) {
            throw refusal[0];
        }
        return problems;
    }

    private static EngineTask read(CommandContext context, String taskId) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return null;
        }
        ExecutionEntity instance = task.getProcessInstance();
        return PathwayTasks.view(task, instance == null ? null : instance.getBusinessKey(), task.getIdentityLinks());
    }

    /** A problem Camunda's BPMN parser found: the element it names, and what it says. */
    record ParseProblem(String elementId, String message) {
    }

    /**
     * Parses a BPMN file with the engine's own parser, without deploying it: the public API can only
     * parse by deploying. In a transaction of its own, so that a refusal does not mark the caller's
     * transaction for rollback.
     */
    List<ParseProblem> bpmnParseProblems(String name, String xml) {
        ProcessEngineConfigurationImpl engine = engine();
        List<ParseProblem> problems = new ArrayList<>();
        try {
            engine.getCommandExecutorTxRequiresNew().execute(context -> {
                BpmnParser parser = new BpmnParser(engine.getExpressionManager(), engine.getBpmnParseFactory());
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setName("check");
                parser.createParse().sourceString(xml).deployment(deployment).name(name).execute();
                return null;
            });
        } catch (ParseException e) {
            for (ResourceReport report : e.getResorceReports()) {
                report.getErrors().forEach(error -> problems.add(new ParseProblem(error.getMainElementId(),
                        "Camunda cannot run this: " + error.getMessage())));
            }
        } catch (RuntimeException | StackOverflowError e) {
            // the last line: the modeler's checks bound a file's size, depth and elements before it comes here
            problems.add(new ParseProblem(null, "Camunda cannot read this diagram: "
                    + (e instanceof StackOverflowError ? "it is nested too deeply" : e.getMessage())));
        }
        return problems;
    }

    /** Whether the job executor is running: the public API does not say. */
    boolean jobExecutorActive() {
        JobExecutor jobExecutor = engine().getJobExecutor();
        return jobExecutor != null && jobExecutor.isActive();
    }

    private ProcessEngineConfigurationImpl engine() {
        return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }
}
