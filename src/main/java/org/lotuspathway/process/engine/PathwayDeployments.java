package org.lotuspathway.process.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Component;

/**
 * The versions of the pathway's diagrams, decisions and forms in the engine: deploy a version, list
 * them, read their files, and ask the engine's parser about a diagram. The only place that reads or
 * changes deployments (moving running cases between versions: {@link CaseVersions}).
 */
@Component
public class PathwayDeployments {

    private final RepositoryService repository;
    private final EngineInternals internals;

    PathwayDeployments(RepositoryService repository, EngineInternals internals) {
        this.repository = repository;
        this.internals = internals;
    }

    /** A deployment: one version of the whole pathway. */
    public record Version(String deploymentId, String name, Instant deployedAt) {
    }

    /** A definition a deployment created: a process or a decision, and its version number. */
    public record NewDefinition(String kind, String key, int version) {
    }

    /** What a deployment created; nothing when the files were the same as the last deployment of that name. */
    public record Deployed(String deploymentId, List<NewDefinition> definitions) {
    }

    /**
     * Deploys the files (name to content) as one deployment. With {@code onlyIfChanged}, the engine
     * deploys nothing when they are the same as the last deployment of that name.
     */
    public Deployed deploy(String name, String source, Map<String, String> files, boolean onlyIfChanged) {
        DeploymentBuilder builder = repository.createDeployment().name(name).source(source);
        if (onlyIfChanged) {
            // false: the whole set is deployed when any file changed, not only the changed files
            builder.enableDuplicateFiltering(false);
        }
        files.forEach(builder::addString);
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        List<NewDefinition> created = new ArrayList<>();
        if (deployment.getDeployedProcessDefinitions() != null) {
            deployment.getDeployedProcessDefinitions()
                    .forEach(d -> created.add(new NewDefinition("process", d.getKey(), d.getVersion())));
        }
        if (deployment.getDeployedDecisionDefinitions() != null) {
            deployment.getDeployedDecisionDefinitions()
                    .forEach(d -> created.add(new NewDefinition("decision", d.getKey(), d.getVersion())));
        }
        return new Deployed(deployment.getId(), created);
    }

    /**
     * The deployments of those names that hold the process, newest first: in the order of the
     * process's version numbers, which the engine gives out one after another, not of the deployment
     * times, which two nodes whose clocks differ could put the other way round.
     */
    public List<Version> versions(String processKey, Set<String> names) {
        return newestFirst(processKey).stream().filter(version -> names.contains(version.name())).toList();
    }

    private List<Version> newestFirst(String processKey) {
        Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, deployment -> deployment));
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().desc().list().stream()
                .map(definition -> deployments.get(definition.getDeploymentId())).filter(Objects::nonNull)
                .map(deployment -> new Version(deployment.getId(), deployment.getName(),
                        deployment.getDeploymentTime().toInstant()))
                .toList();
    }

    public List<String> fileNames(String deploymentId) {
        return repository.getDeploymentResourceNames(deploymentId);
    }

    public String file(String deploymentId, String name) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of that name in the newest version of the process's deployments (the form to raise a concern, say). */
    public Optional<DeployedFile> newestFile(String processKey, String fileName) {
        return newestFirst(processKey).stream()
                .flatMap(version -> repository.getDeploymentResourceNames(version.deploymentId()).stream()
                        .filter(resource -> resource.equals(fileName) || resource.endsWith("/" + fileName))
                        .map(resource -> new DeployedFile(version.deploymentId(), resource)))
                .findFirst();
    }

    public record DeployedFile(String deploymentId, String name) {
    }

    public boolean hasDecision(String key) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0;
    }

    public boolean hasProcess(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0;
    }

    /** What the engine's own BPMN parser says of a diagram, without deploying it. Run only on checked files. */
    public List<ParseProblem> parseProblems(String name, String xml) {
        return internals.bpmnParseProblems(name, xml).stream()
                .map(problem -> new ParseProblem(problem.elementId(), problem.message())).toList();
    }

    public record ParseProblem(String elementId, String message) {
    }
}
