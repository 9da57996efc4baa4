package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.DecisionNotEvaluated;
import org.lotuspathway.process.engine.PathwayDeployments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys a lead's changes as a new version of the whole pathway: the changed files with every
 * other file as it is live now, so that forms bound to their diagram's deployment stay consistent.
 * Nothing is deployed while any check fails.
 */
@Service
public class ModelDeployments {

    private final PathwayFiles pathway;
    private final DeploymentChecks checks;
    private final PathwayDeployments deployments;
    private final ModelVersionRepository versions;
    private final PathwayClock clock;
    private final DecisionOutcomes outcomes;

    ModelDeployments(PathwayFiles pathway, DeploymentChecks checks, PathwayDeployments deployments,
            ModelVersionRepository versions, PathwayClock clock, DecisionOutcomes outcomes) {
        this.outcomes = outcomes;
        this.pathway = pathway;
        this.checks = checks;
        this.deployments = deployments;
        this.versions = versions;
        this.clock = clock;
    }

    /** A definition the deployment created: a process or decision and its new version number. */
    public record NewVersion(String kind, String key, int version) {
    }

    /**
     * Either the new versions, with what the decision tables now decide differently from the
     * version they replaced, or every problem and nothing deployed.
     */
    public record Outcome(String deploymentId, List<NewVersion> versions, List<DecisionOutcomes.Change> decidedDifferently,
            List<Problem> problems) {

        public boolean deployed() {
            return problems.isEmpty();
        }
    }

    /** The whole set this change would deploy, with the checks' verdict on it. */
    public List<Problem> check(List<ModelFile> changed) {
        return checks.check(withChanges(changed));
    }

    /**
     * What the change would decide differently from the live version, for every combination of
     * inputs of the decision tables features rely on. Ask only for a change that passed every check.
     */
    List<DecisionOutcomes.Change> whatWouldChange(List<ModelFile> changed) {
        try {
            return outcomes.changes(pathway.liveFiles(), changed);
        } catch (DecisionNotEvaluated liveTableBroken) {
            // A live table the engine cannot evaluate (deployed before these checks) has no answers to
            // compare with: the new version replaces it, and nothing is listed.
            return List.of();
        }
    }

    @Transactional
    public Outcome deploy(List<ModelFile> changed, String comment, String deployedBy) {
        List<Problem> problems = new ArrayList<>();
        if (changed.isEmpty()) {
            problems.add(new Problem(null, null, "Choose at least one file to deploy"));
        }
        if (comment == null || comment.isBlank()) {
            problems.add(new Problem(null, null, "Say why you are deploying a new version"));
        } else if (comment.strip().length() > ModelVersion.MAX_COMMENT) {
            problems.add(new Problem(null, null, "Say why in at most " + ModelVersion.MAX_COMMENT
                    + " characters (this is " + comment.strip().length() + ")"));
        }
        List<ModelFile> files = withChanges(changed);
        problems.addAll(checks.check(files));
        if (!problems.isEmpty()) {
            return new Outcome(null, List.of(), List.of(), problems);
        }
        List<DecisionOutcomes.Change> decidedDifferently = whatWouldChange(changed);
        Map<String, String> contents = new LinkedHashMap<>();
        files.forEach(file -> contents.put(file.name(), file.content()));
        PathwayDeployments.Deployed deployment = deployments.deploy(PathwayFiles.FROM_MODELER, "modeler", contents, false);
        versions.save(new ModelVersion(deployment.deploymentId(), deployedBy, clock.now(), comment.strip(),
                changed.stream().map(ModelFile::name).toList()));
        List<NewVersion> created = deployment.definitions().stream()
                .map(d -> new NewVersion(d.kind(), d.key(), d.version())).toList();
        return new Outcome(deployment.deploymentId(), created, decidedDifferently, List.of());
    }

    private List<ModelFile> withChanges(List<ModelFile> changed) {
        Map<String, ModelFile> files = new LinkedHashMap<>();
        pathway.liveFiles().forEach(file -> files.put(file.name(), file));
        changed.forEach(file -> files.put(file.name(), file));
        return List.copyOf(files.values());
    }
}
