package org.lotuspathway.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's own BPMN parser and DMN engine accept every file, without deploying anything. Camunda's
 * parser loads and makes classes a file names, so this runs last, and only on a set every other
 * check has passed ({@link DeploymentChecks}). Uses the engine's internal parser because its public
 * API can only parse by deploying.
 */
@Component
class EngineAccepts implements DeploymentCheck {

    /** Camunda's DMN engine on its own, to parse a table without deploying it. */
    private static final DmnEngine DMN_ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private final ProcessEngineConfigurationImpl engine;

    EngineAccepts(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.processes().keySet().forEach(file -> processEngineAccepts(file, problems));
        models.decisions().keySet().forEach(file -> decisionEngineAccepts(file, problems));
    }

    /** In a transaction of its own, so that a refusal does not mark the caller's transaction for rollback. */
    private void processEngineAccepts(ModelFile file, List<Problem> problems) {
        try {
            engine.getCommandExecutorTxRequiresNew().execute(context -> {
                BpmnParser parser = new BpmnParser(engine.getExpressionManager(), engine.getBpmnParseFactory());
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setName("check");
                parser.createParse().sourceString(file.content()).deployment(deployment).name(file.name()).execute();
                return null;
            });
        } catch (ParseException e) {
            for (ResourceReport report : e.getResorceReports()) {
                report.getErrors().forEach(error -> problems.add(Problem.of(file, error.getMainElementId(),
                        "Camunda cannot run this: " + error.getMessage())));
            }
        } catch (RuntimeException e) {
            problems.add(Problem.of(file, "Camunda cannot read this diagram: " + e.getMessage()));
        }
    }

    private static void decisionEngineAccepts(ModelFile file, List<Problem> problems) {
        try {
            DMN_ENGINE.parseDecisions(new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            problems.add(Problem.of(file, "Camunda cannot read this decision table: " + e.getMessage()));
        }
    }
}
