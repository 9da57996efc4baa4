package org.lotuspathway.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.lotuspathway.concern.CaseHistory;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a case's whole story: each feature's part of it, the open tasks, and the engine's history. */
@Service
class CaseFiles {

    private final Concerns concerns;
    private final List<CaseSection> sections;
    private final CaseHistory history;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService engineHistory;
    private final RepositoryService repository;

    CaseFiles(Concerns concerns, List<CaseSection> sections, CaseHistory history, TaskService tasks,
            RuntimeService runtime, HistoryService engineHistory, RepositoryService repository) {
        this.concerns = concerns;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CaseSection::order)).toList();
        this.history = history;
        this.tasks = tasks;
        this.runtime = runtime;
        this.engineHistory = engineHistory;
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public CaseFile load(String businessKey) {
        Concern concern = concerns.get(businessKey);
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(concern.raisedAt(), concern.raisedBy(), "Concern raised",
                concern.source().label(), TimelineEntry.Kind.RECORD));
        history.of(businessKey).forEach(step -> timeline.addAll(entriesFor(step)));
        List<CaseFile.Section> shown = new ArrayList<>();
        for (CaseSection section : sections) {
            CaseSection.Part part = section.read(businessKey);
            shown.add(new CaseFile.Section(section.template(), part.records()));
            timeline.addAll(part.timeline());
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return new CaseFile(concern, openSteps(businessKey), shown, timeline, currentActivities(businessKey),
                completedActivities(businessKey));
    }

    /** The diagram of the version the case runs on. */
    @Transactional(readOnly = true)
    public byte[] diagram(String businessKey) {
        concerns.get(businessKey);
        HistoricProcessInstance pathway = pathway(businessKey);
        try (var model = repository.getProcessModel(pathway.getProcessDefinitionId())) {
            return model.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<TimelineEntry> entriesFor(CaseHistory.Step step) {
        return switch (step.type()) {
            case "userTask" -> List.of(step.endedAt() == null
                    ? new TimelineEntry(step.startedAt(), null, "Waiting: " + step.name(), null, TimelineEntry.Kind.STEP)
                    : new TimelineEntry(step.endedAt(), step.assignee(), "Done: " + step.name(), null, TimelineEntry.Kind.STEP));
            case "boundaryTimer", "startTimerEvent" -> List.of(
                    new TimelineEntry(step.startedAt(), null, step.name(), null, TimelineEntry.Kind.TIMER));
            case "businessRuleTask", "terminateEndEvent" -> List.of(
                    new TimelineEntry(step.startedAt(), null, step.name(), null, TimelineEntry.Kind.STEP));
            default -> List.of();
        };
    }

    private List<OpenStep> openSteps(String businessKey) {
        List<OpenStep> open = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc().list()) {
            List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            open.add(new OpenStep(task.getId(), task.getName(), task.getAssignee(), groups,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()));
        }
        return open;
    }

    private List<String> currentActivities(String businessKey) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(ConcernPathway.ID)
                .processInstanceBusinessKey(businessKey).singleResult();
        return instance == null ? List.of() : runtime.getActiveActivityIds(instance.getId());
    }

    private List<String> completedActivities(String businessKey) {
        return engineHistory.createHistoricActivityInstanceQuery().processInstanceId(pathway(businessKey).getId())
                .finished().list().stream().map(a -> a.getActivityId()).distinct().toList();
    }

    private HistoricProcessInstance pathway(String businessKey) {
        return engineHistory.createHistoricProcessInstanceQuery().processDefinitionKey(ConcernPathway.ID)
                .processInstanceBusinessKey(businessKey).singleResult();
    }
}
