package org.lotuspathway.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.lotuspathway.process.ConcernPathway;
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

    private final RepositoryService repository;

    PathwayFiles(RepositoryService repository) {
        this.repository = repository;
    }

    /**
     * Every version of the pathway, newest first: in the order of the pathway diagram's version
     * numbers, which the engine gives out one after another, not of the deployment times, which
     * two nodes whose clocks differ could put the other way round.
     */
    public List<Deployment> versions() {
        Map<String, Deployment> pathwayDeployments = repository.createDeploymentQuery().list().stream()
                .filter(deployment -> PATHWAY_DEPLOYMENTS.contains(deployment.getName()))
                .collect(Collectors.toMap(Deployment::getId, deployment -> deployment));
        return repository.createProcessDefinitionQuery().processDefinitionKey(ConcernPathway.ID)
                .orderByProcessDefinitionVersion().desc().list().stream()
                .map(definition -> pathwayDeployments.get(definition.getDeploymentId()))
                .filter(Objects::nonNull).toList();
    }

    public Deployment live() {
        return versions().stream().findFirst().orElseThrow(() -> new IllegalStateException("The pathway is not deployed"));
    }

    public List<ModelFile> liveFiles() {
        return filesOf(live().getId());
    }

    public List<ModelFile> filesOf(String deploymentId) {
        return repository.getDeploymentResourceNames(deploymentId).stream().sorted()
                .map(name -> new ModelFile(name, read(deploymentId, name)))
                .filter(file -> file.kind() != null).toList();
    }

    public Optional<ModelFile> file(String deploymentId, String name) {
        if (versions().stream().noneMatch(deployment -> deployment.getId().equals(deploymentId))
                || !repository.getDeploymentResourceNames(deploymentId).contains(name)) {
            return Optional.empty();
        }
        return Optional.of(new ModelFile(name, read(deploymentId, name)));
    }

    private String read(String deploymentId, String name) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
