package org.lotuspathway.modeler;

import java.util.List;

import org.springframework.boot.test.context.TestComponent;

/**
 * Tests that deploy new versions of the pathway put the baseline back afterwards, because every
 * test in the shared context starts its cases on the newest version.
 */
@TestComponent
public class PathwayVersions {

    private final PathwayFiles pathway;
    private final ModelDeployments deployments;

    PathwayVersions(PathwayFiles pathway, ModelDeployments deployments) {
        this.pathway = pathway;
        this.deployments = deployments;
    }

    /** The files of the baseline deployment (processes/ and forms/ as the application ships them). */
    List<ModelFile> baseline() {
        String baseline = pathway.versions().stream().filter(d -> d.name().equals(PathwayFiles.BASELINE))
                .findFirst().orElseThrow().deploymentId();
        return pathway.filesOf(baseline);
    }

    ModelFile live(String name) {
        return pathway.liveFiles().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    void restore(List<ModelFile> files) {
        ModelDeployments.Outcome outcome = deployments.deploy(files, "Put the baseline back after a test", "lead");
        if (!outcome.deployed()) {
            throw new AssertionError("Could not restore the baseline: " + outcome.problems());
        }
    }
}
