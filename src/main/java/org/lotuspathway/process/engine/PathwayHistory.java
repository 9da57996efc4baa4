package org.lotuspathway.process.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.lotuspathway.process.ConcernPathway;
import org.springframework.stereotype.Component;

/** What the engine remembers of each case: the steps it went through, and the diagram it ran on. */
@Component
public class PathwayHistory {

    /** The kinds of step a case's story shows; the rest (gateways, flows, listeners' helpers) are plumbing. */
    private static final Set<String> SHOWN = Set.of("startEvent", "userTask", "businessRuleTask", "callActivity",
            "boundaryTimer", "startTimerEvent", "noneEndEvent", "terminateEndEvent");

    private final HistoryService history;
    private final RepositoryService repository;

    PathwayHistory(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** A step the case went through, or waits at (no end yet), with who did it. */
    public record PastStep(String activityId, String name, String type, Instant startedAt, Instant endedAt,
            String assignee) {
    }

    /** The named steps of the case's pathway and of its check-ins, in the order they started. */
    public List<PastStep> stepsOf(String businessKey) {
        List<HistoricActivityInstance> activities = new ArrayList<>();
        // A user task's activity instance does not learn of a claim made after it started; its task does.
        Map<String, String> taskAssignees = new java.util.HashMap<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list()) {
            activities.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
            history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list().stream()
                    .filter(task -> task.getAssignee() != null && task.getActivityInstanceId() != null)
                    .forEach(task -> taskAssignees.put(task.getActivityInstanceId(), task.getAssignee()));
        }
        return activities.stream()
                .filter(a -> SHOWN.contains(a.getActivityType()) && a.getActivityName() != null)
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(a -> new PastStep(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                        a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant(),
                        a.getAssignee() != null ? a.getAssignee() : taskAssignees.get(a.getId())))
                .toList();
    }

    /** The steps of the case's pathway that have finished. */
    public List<String> finishedSteps(String businessKey) {
        return pathway(businessKey).map(pathway -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(pathway.getId()).finished().list().stream()
                .map(HistoricActivityInstance::getActivityId).distinct().toList()).orElse(List.of());
    }

    /** Each time a step started since then, in every case: each missed check-in, say. */
    public List<Started> startsOf(String stepId, Instant since) {
        List<HistoricActivityInstance> starts = history.createHistoricActivityInstanceQuery().activityId(stepId)
                .startedAfter(java.util.Date.from(since)).list();
        if (starts.isEmpty()) {
            return List.of();
        }
        Map<String, String> caseOf = history.createHistoricProcessInstanceQuery()
                .processInstanceIds(starts.stream().map(HistoricActivityInstance::getProcessInstanceId)
                        .collect(Collectors.toSet())).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
        return starts.stream().filter(start -> caseOf.containsKey(start.getProcessInstanceId()))
                .map(start -> new Started(caseOf.get(start.getProcessInstanceId()), start.getStartTime().toInstant()))
                .toList();
    }

    public record Started(String businessKey, Instant at) {
    }

    /** Whether the engine ever had that task, open or done. */
    public boolean taskExisted(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    }

    /** The case a task belongs to, finished or not; empty when the task is unknown or runs for no case. */
    public Optional<String> caseOfTask(String taskId) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return task == null || task.getProcessInstanceId() == null ? Optional.empty()
                : caseOfProcessInstance(task.getProcessInstanceId());
    }

    public Optional<String> caseOfProcessInstance(String processInstanceId) {
        return Optional.ofNullable(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult()).map(HistoricProcessInstance::getBusinessKey);
    }

    /** The BPMN of the version the case's pathway runs (or ran) on. */
    public Optional<byte[]> diagramOf(String businessKey) {
        return pathway(businessKey).map(pathway -> {
            try (InputStream model = repository.getProcessModel(pathway.getProcessDefinitionId())) {
                return model.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A named step of a pathway's diagram: what the case page lists as the diagram's text equivalent. */
    public record DiagramStep(String id, String name) {
    }

    /**
     * The named activities of the diagram the case runs on, in the order the pathway reaches them
     * (breadth first from its start, each step's boundary events with it); steps only an event
     * sub-process reaches come last.
     */
    public List<DiagramStep> diagramSteps(String businessKey) {
        return pathway(businessKey).map(pathway -> {
            BpmnModelInstance model = repository.getBpmnModelInstance(pathway.getProcessDefinitionId());
            Map<String, List<BoundaryEvent>> boundaries = model.getModelElementsByType(BoundaryEvent.class).stream()
                    .filter(event -> event.getAttachedTo() != null)
                    .collect(Collectors.groupingBy(event -> event.getAttachedTo().getId()));
            java.util.LinkedHashSet<FlowNode> reached = new java.util.LinkedHashSet<>();
            java.util.ArrayDeque<FlowNode> next = new java.util.ArrayDeque<>();
            model.getModelElementsByType(StartEvent.class).stream()
                    .filter(start -> start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
                    .forEach(next::add);
            while (!next.isEmpty()) {
                FlowNode node = next.poll();
                if (reached.add(node)) {
                    boundaries.getOrDefault(node.getId(), List.of()).forEach(next::add);
                    node.getOutgoing().forEach(flow -> next.add(flow.getTarget()));
                }
            }
            List<FlowNode> ordered = new ArrayList<>(reached);
            model.getModelElementsByType(Activity.class).stream().filter(a -> !reached.contains(a)).forEach(ordered::add);
            return ordered.stream().filter(node -> node instanceof Activity && !(node instanceof SubProcess)
                            && node.getName() != null && !node.getName().isBlank())
                    .map(node -> new DiagramStep(node.getId(), node.getName().replaceAll("\\s+", " ").strip()))
                    .distinct().toList();
        }).orElse(List.of());
    }

    private Optional<HistoricProcessInstance> pathway(String businessKey) {
        return Optional.ofNullable(history.createHistoricProcessInstanceQuery().processDefinitionKey(ConcernPathway.ID)
                .processInstanceBusinessKey(businessKey).singleResult());
    }
}
