package org.lotuspathway.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.lotuspathway.process.engine.PathwayDeployments;
import org.springframework.stereotype.Component;

/**
 * Camunda's own BPMN parser and DMN engine accept every file, without deploying anything. Camunda's
 * parser loads and makes classes a file names, so this runs last, and only on a set every other
 * check has passed ({@link DeploymentChecks}). The BPMN parse runs in the engine's door
 * (PathwayDeployments.parseProblems), which uses its internal parser: its public API can only parse
 * by deploying.
 */
@Component
class EngineAccepts implements DeploymentCheck {

    /** Camunda's DMN engine on its own, to parse a table without deploying it. */
    private static final DmnEngine DMN_ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private final PathwayDeployments deployments;

    EngineAccepts(PathwayDeployments deployments) {
        this.deployments = deployments;
    }

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.processes().keySet().forEach(file -> deployments.parseProblems(file.name(), file.content())
                .forEach(problem -> problems.add(problem.elementId() == null ? Problem.of(file, problem.message())
                        : Problem.of(file, problem.elementId(), problem.message()))));
        models.decisions().keySet().forEach(file -> decisionEngineAccepts(file, problems));
    }

    private static void decisionEngineAccepts(ModelFile file, List<Problem> problems) {
        try {
            DMN_ENGINE.parseDecisions(new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException | StackOverflowError e) {
            // the last line: the checks bound a file's size, depth and elements before it comes here
            problems.add(Problem.of(file, "Camunda cannot read this decision table: "
                    + (e instanceof StackOverflowError ? "it is nested too deeply" : e.getMessage())));
        }
    }
}
