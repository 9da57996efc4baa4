package org.lotuspathway.modeler;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.PathwayDeployments;
import org.springframework.stereotype.Service;

/**
 * The pathway's files as deployed. Every version of the pathway is one deployment holding all of
 * its diagrams, decisions and forms (forms are bound to their diagram's deployment): the baseline
 * the application deploys at start-up from processes/ and forms/, and each version a lead deploys.
 */
@Service
public class PathwayFiles {

    /** The deployment of processes/ and forms/ made at start-up, when they changed. */
    static final String BASELINE = "Lotus Pathway (baseline)";
    static final String FROM_MODELER = "Lotus Pathway (modeler)";
    private static final Set<String> PATHWAY_DEPLOYMENTS = Set.of(BASELINE, FROM_MODELER);

    private final PathwayDeployments deployments;

    PathwayFiles(PathwayDeployments deployments) {
        this.deployments = deployments;
    }

    /** Every version of the pathway, newest first. */
    public List<PathwayDeployments.Version> versions() {
        return deployments.versions(ConcernPathway.ID, PATHWAY_DEPLOYMENTS);
    }

    public PathwayDeployments.Version live() {
        return versions().stream().findFirst().orElseThrow(() -> new IllegalStateException("The pathway is not deployed"));
    }

    public List<ModelFile> liveFiles() {
        return filesOf(live().deploymentId());
    }

    public List<ModelFile> filesOf(String deploymentId) {
        return deployments.fileNames(deploymentId).stream().sorted()
                .map(name -> new ModelFile(name, deployments.file(deploymentId, name)))
                .filter(file -> file.kind() != null).toList();
    }

    public Optional<ModelFile> file(String deploymentId, String name) {
        if (versions().stream().noneMatch(version -> version.deploymentId().equals(deploymentId))
                || !deployments.fileNames(deploymentId).contains(name)) {
            return Optional.empty();
        }
        return Optional.of(new ModelFile(name, deployments.file(deploymentId, name)));
    }
}
