package org.lotuspathway.modeler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.engine.FeelSyntax;
import org.lotuspathway.process.engine.PathwayDeployments;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Everything a set of files must pass before it is deployed. Each problem names its file and
 * element and says what is wrong in plain words; nothing is deployed while any remains.
 *
 * <p>The files are read as text (XML with no DOCTYPE, forms as JSON) and every check below
 * decides from that text alone. Only a set that passed them all is handed to Camunda's own parsers,
 * which load and make any class a file names: nothing a lead submits is run to find out whether
 * it may be run. (Decision tables' FEEL is parsed by the engine's FEEL parser as part of the checks,
 * cell by cell, each only after its text passed {@link FeelRules}: parsing it loads nothing. And once
 * Camunda accepts the set, the decision tables features rely on are evaluated over every case they
 * can meet, {@link DecisionOutcomes}.)
 */
@Component
public class DeploymentChecks {

    private final List<DeploymentCheck> textChecks;
    private final DeploymentCheck engineAccepts;
    private final DecisionOutcomes outcomes;

    DeploymentChecks(PathwayDeployments deployments, ListableBeanFactory beans, EngineAccepts engineAccepts,
            FeelSyntax feel, List<ReliedOn> features, PathwayFiles pathway, DecisionOutcomes outcomes,
            @Value("${lotus.modeler.shortest-timer:PT1H}") Duration shortestTimer) {
        this.textChecks = List.of(
                new XmlIsSafe(),
                new EachKeyInOneFile(),
                new NoScripts(),
                new NoJavaClasses(),
                new OnlyExternalServiceTasks(),
                new ExpressionsAllowed(new ExpressionRules(beans::containsBean)),
                new TimersWithinBounds(shortestTimer),
                new NoRunawayProcesses(),
                new EveryLoopWaits(),
                new DecisionTablesAreFeel(feel),
                new DecisionContractsHold(features, pathway::liveFiles),
                new DecisionValuesRouted(),
                new FormKeysAreDeployedForms(),
                new FormsAreCheckable(),
                new FormComponentsAllowed(),
                new SafeFormPatterns(),
                new PathwayRules(deployments),
                new ReliedOnStepsStay(features),
                new ModellingRules());
        this.engineAccepts = engineAccepts;
        this.outcomes = outcomes;
    }

    /** Checks a complete set: the files a deployment would hold. */
    public List<Problem> check(List<ModelFile> files) {
        List<Problem> problems = new ArrayList<>();
        ModelSet models = ModelSet.read(files, problems);
        textChecks.forEach(check -> check.check(models, problems));
        if (problems.isEmpty()) {
            engineAccepts.check(models, problems);
        }
        if (problems.isEmpty()) {
            outcomes.checkEveryCaseIsAnswered(files, problems);
        }
        return problems;
    }
}
