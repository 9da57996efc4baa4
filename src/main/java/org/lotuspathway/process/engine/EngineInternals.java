package org.lotuspathway.process.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
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
     * Claims (when asked) and completes a task as one engine command rather than TaskService's two:
     * the engine then writes the task's changes once, not once for the claim and again for the
     * completion. The two are Camunda's own commands; its operation log shows them as one operation
     * with a Claim and a Complete entry.
     */
    void claimAndComplete(String taskId, String user, boolean claimFirst, VariableMap variables) {
        engine().getCommandExecutorTxRequired().execute(context -> {
            if (claimFirst) {
                new ClaimTaskCmd(taskId, user).execute(context);
            }
            return new CompleteTaskCmd(taskId, variables).execute(context);
        });
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
