package org.lotuspathway.process.engine;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

/** Which version of a process each running case is on, and moving cases to a newer version. */
@Component
public class CaseVersions {

    private final RepositoryService repository;
    private final RuntimeService runtime;

    CaseVersions(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /** One version of a process. */
    public record Definition(String id, String key, int version) {
    }

    /** A running case on some version, and the steps it waits at. */
    public record RunningCase(String processInstanceId, String businessKey, Set<String> waitingAt) {
    }

    /** The engine would not move a case, or cannot map one version onto another: what it said. */
    public static class MoveRefused extends RuntimeException {

        MoveRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Optional<Definition> latest(String processKey) {
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult()).map(CaseVersions::definition);
    }

    /** Every version of the process, oldest first. */
    public List<Definition> all(String processKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().asc().list().stream().map(CaseVersions::definition).toList();
    }

    public Definition get(String definitionId) {
        return definition(repository.getProcessDefinition(definitionId));
    }

    /** The cases running on that version now (one that ends while we look is left out). */
    public List<RunningCase> runningOn(String definitionId) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definitionId).list().stream()
                .flatMap(instance -> {
                    ActivityInstance tree = runtime.getActivityInstance(instance.getId());
                    return tree == null ? Stream.empty()
                            : Stream.of(new RunningCase(instance.getId(), instance.getBusinessKey(), leaves(tree)));
                }).toList();
    }

    /** The names of the version's steps, by id, as the lead drew them (a step without a name is left out). */
    public Map<String, String> stepNames(String definitionId) {
        Map<String, String> names = new HashMap<>();
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        if (model != null) {
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                if (element.getName() != null && !element.getName().isBlank()) {
                    names.put(element.getId(), element.getName());
                }
            }
        }
        return names;
    }

    /** The steps of {@code from} that have a place to go in {@code to}: the same ids. */
    public Set<String> mappedSteps(Definition from, Definition to) {
        return plan(from, to).getInstructions().stream()
                .flatMap(instruction -> instruction.getSourceActivityId() == null ? Stream.empty()
                        : Stream.of(instruction.getSourceActivityId()))
                .collect(Collectors.toSet());
    }

    /** Moves one case from its version to {@code to}, in the caller's transaction. */
    public void move(String processInstanceId, Definition from, Definition to) {
        MigrationPlan plan = plan(from, to);
        try {
            runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
        } catch (ProcessEngineException e) {
            throw new MoveRefused(e.getMessage(), e);
        }
    }

    private MigrationPlan plan(Definition from, Definition to) {
        try {
            return runtime.createMigrationPlan(from.id(), to.id()).mapEqualActivities().updateEventTriggers().build();
        } catch (ProcessEngineException e) {
            throw new MoveRefused("version " + from.version() + " cannot be mapped onto version " + to.version()
                    + ": " + e.getMessage(), e);
        }
    }

    private static Definition definition(ProcessDefinition definition) {
        return new Definition(definition.getId(), definition.getKey(), definition.getVersion());
    }

    /** The activities a case is waiting in: the leaves of its activity instance tree. */
    private static Set<String> leaves(ActivityInstance instance) {
        Set<String> leaves = new LinkedHashSet<>();
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
            leaves.add(instance.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            leaves.addAll(leaves(child));
        }
        for (var transition : instance.getChildTransitionInstances()) {
            leaves.add(transition.getActivityId());
        }
        return leaves;
    }
}
