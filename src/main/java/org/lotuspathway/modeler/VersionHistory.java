package org.lotuspathway.modeler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.lotuspathway.process.engine.PathwayDeployments;
import org.lotuspathway.security.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every version of the pathway: who deployed it, when and why, and what changed from the one before. */
@Service
class VersionHistory {

    private final PathwayFiles pathway;
    private final ModelVersionRepository records;
    private final People people;
    private final Map<String, Summary> summaries = new ConcurrentHashMap<>();

    VersionHistory(PathwayFiles pathway, ModelVersionRepository records, People people) {
        this.pathway = pathway;
        this.records = records;
        this.people = people;
    }

    /**
     * What a version changed, and its files: worked out once, as a deployment never changes and
     * the one before it stays the one before it.
     */
    private record Summary(List<String> changes, List<String> files) {
    }

    record Version(String deploymentId, int number, Instant deployedAt, String deployedBy, String why,
            List<String> changes, List<String> files, boolean live) {
    }

    @Transactional(readOnly = true)
    public List<Version> versions() {
        List<PathwayDeployments.Version> deployments = pathway.versions();
        Map<String, ModelVersion> records = this.records.findAll().stream()
                .collect(Collectors.toMap(ModelVersion::deploymentId, record -> record));
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < deployments.size(); i++) {
            PathwayDeployments.Version deployment = deployments.get(i);
            String before = i + 1 < deployments.size() ? deployments.get(i + 1).deploymentId() : null;
            Summary summary = summaries.computeIfAbsent(deployment.deploymentId(), id -> summarise(id, before));
            Optional<ModelVersion> record = Optional.ofNullable(records.get(deployment.deploymentId()));
            versions.add(new Version(deployment.deploymentId(), deployments.size() - i, deployment.deployedAt(),
                    record.map(r -> people.nameOf(r.deployedBy())).orElse("The application (processes/ and forms/)"),
                    record.map(ModelVersion::comment).orElse("Baseline files changed"),
                    summary.changes(), summary.files(), i == 0));
        }
        return versions;
    }

    private Summary summarise(String deploymentId, String before) {
        List<ModelFile> files = pathway.filesOf(deploymentId);
        List<String> changes = before == null ? List.of("The first version")
                : ChangeSummary.between(pathway.filesOf(before), files);
        return new Summary(changes, files.stream().map(ModelFile::name).toList());
    }
}
