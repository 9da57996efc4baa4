package org.lotuspathway.modeler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.repository.Deployment;
import org.lotuspathway.security.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every version of the pathway: who deployed it, when and why, and what changed from the one before. */
@Service
class VersionHistory {

    private final PathwayFiles pathway;
    private final ModelVersionRepository records;
    private final People people;

    VersionHistory(PathwayFiles pathway, ModelVersionRepository records, People people) {
        this.pathway = pathway;
        this.records = records;
        this.people = people;
    }

    record Version(String deploymentId, int number, Instant deployedAt, String deployedBy, String why,
            List<String> changes, List<String> files, boolean live) {
    }

    @Transactional(readOnly = true)
    public List<Version> versions() {
        List<Deployment> deployments = pathway.versions();
        List<Version> versions = new ArrayList<>();
        List<ModelFile> newer = null;
        for (int i = deployments.size() - 1; i >= 0; i--) {
            Deployment deployment = deployments.get(i);
            List<ModelFile> files = pathway.filesOf(deployment.getId());
            List<String> changes = newer == null ? List.of("The first version") : ChangeSummary.between(newer, files);
            var record = records.findByDeploymentId(deployment.getId());
            versions.add(0, new Version(deployment.getId(), deployments.size() - i, deployment.getDeploymentTime().toInstant(),
                    record.map(r -> people.nameOf(r.deployedBy())).orElse("The application (processes/ and forms/)"),
                    record.map(ModelVersion::comment).orElse("Baseline files changed"),
                    changes, files.stream().map(ModelFile::name).toList(), i == 0));
            newer = files;
        }
        return versions;
    }
}
