package org.lotuspathway.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.UnknownConcern;
import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.TimelineEntry;
import org.lotuspathway.process.engine.PathwayHistory;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.lotuspathway.process.engine.PathwayInstances;
import org.lotuspathway.process.engine.PathwayTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a case's whole story: each feature's part of it, the open tasks, and the engine's history. */
@Service
class CaseFiles {

    private final Concerns concerns;
    private final List<CaseSection> sections;
    private final PathwayTasks tasks;
    private final PathwayInstances instances;
    private final PathwayHistory history;
    private final StaffDirectory staff;

    private static final String WAITING = "Waiting: ";
    private static final String THE_PATHWAY = "The pathway, by itself";

    CaseFiles(Concerns concerns, List<CaseSection> sections, PathwayTasks tasks, PathwayInstances instances,
            PathwayHistory history, StaffDirectory staff) {
        this.staff = staff;
        this.concerns = concerns;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CaseSection::order)).toList();
        this.tasks = tasks;
        this.instances = instances;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public CaseFile load(String businessKey) {
        Concern concern = concerns.get(businessKey);
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(concern.raisedAt(), concern.raisedBy(), "Concern raised",
                concern.source().label(), TimelineEntry.Kind.RECORD));
        history.stepsOf(businessKey).forEach(step -> timeline.addAll(entriesFor(step)));
        List<CaseFile.Section> shown = new ArrayList<>();
        for (CaseSection section : sections) {
            CaseSection.Part part = section.read(businessKey);
            shown.add(new CaseFile.Section(section.template(), part.records()));
            timeline.addAll(part.timeline());
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        List<OpenStep> open = tasks.openOf(businessKey).stream().map(task -> new OpenStep(task.id(), task.name(),
                task.assignee(), task.candidateGroups(), staff.groupNames(task.candidateGroups()), task.due())).toList();
        Map<String, String> names = new HashMap<>();
        List<TimelineEntry> named = timeline.stream().map(entry -> entry.by(whoOf(entry, open, names))).toList();
        List<String> current = instances.activeSteps(businessKey);
        List<String> finished = history.finishedSteps(businessKey);
        return new CaseFile(concern, open, shown, named, current, finished, pathwaySteps(businessKey, current, finished));
    }

    /**
     * Every line says who: a person by their name; a step still waiting, whoever holds it; what the
     * pathway did by itself (a decision table, a timer), the pathway.
     */
    private String whoOf(TimelineEntry entry, List<OpenStep> open, Map<String, String> names) {
        if (AuditLog.SYSTEM.equals(entry.who())) {
            return THE_PATHWAY;
        }
        if (entry.who() != null) {
            return names.computeIfAbsent(entry.who(), user -> staff.find(user).map(StaffMember::name).orElse(user));
        }
        if (entry.kind() == TimelineEntry.Kind.STEP && entry.what().startsWith(WAITING)) {
            String step = entry.what().substring(WAITING.length());
            return open.stream().filter(o -> o.name().equals(step)).findFirst()
                    .map(o -> "Waiting for " + (o.assignee() == null ? o.heldBy()
                            : names.computeIfAbsent(o.assignee(), user -> staff.find(user).map(StaffMember::name).orElse(user))))
                    .orElse(THE_PATHWAY);
        }
        return THE_PATHWAY;
    }

    /** The diagram's text equivalent: its steps in the order the pathway reaches them, each marked. */
    private List<CaseFile.PathwayStep> pathwaySteps(String businessKey, List<String> current, List<String> finished) {
        return history.diagramSteps(businessKey).stream().map(step -> new CaseFile.PathwayStep(step.name(),
                current.contains(step.id()) ? CaseFile.PathwayStep.State.NOW
                        : finished.contains(step.id()) ? CaseFile.PathwayStep.State.DONE
                        : CaseFile.PathwayStep.State.NOT_YET)).toList();
    }

    /** The diagram of the version the case runs on. */
    @Transactional(readOnly = true)
    public byte[] diagram(String businessKey) {
        concerns.get(businessKey);
        return history.diagramOf(businessKey).orElseThrow(() -> new UnknownConcern(businessKey));
    }

    private static List<TimelineEntry> entriesFor(PathwayHistory.PastStep step) {
        return switch (step.type()) {
            case "userTask" -> List.of(step.endedAt() == null
                    ? new TimelineEntry(step.startedAt(), null, WAITING + step.name(), null, TimelineEntry.Kind.STEP)
                    : new TimelineEntry(step.endedAt(), step.assignee(), "Done: " + step.name(), null, TimelineEntry.Kind.STEP));
            case "boundaryTimer", "startTimerEvent" -> List.of(
                    new TimelineEntry(step.startedAt(), null, step.name(), null, TimelineEntry.Kind.TIMER));
            case "businessRuleTask", "terminateEndEvent" -> List.of(
                    new TimelineEntry(step.startedAt(), null, step.name(), null, TimelineEntry.Kind.STEP));
            default -> List.of();
        };
    }
}
