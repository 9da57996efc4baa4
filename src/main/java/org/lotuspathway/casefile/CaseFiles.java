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
import org.lotuspathway.concern.CaseStepRepository;
import org.lotuspathway.concern.CaseSteps;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.learning.LessonsReview;
import org.lotuspathway.learning.LessonsReviewRepository;
import org.lotuspathway.panel.PanelDiscussion;
import org.lotuspathway.panel.PanelDiscussionRepository;
import org.lotuspathway.portal.PractitionerResponse;
import org.lotuspathway.portal.PractitionerResponseRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.triage.TriageAssessment;
import org.lotuspathway.triage.TriageAssessmentRepository;
import org.lotuspathway.updates.PractitionerUpdate;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.lotuspathway.updates.UpdateKind;
import org.lotuspathway.wellbeing.CasePause;
import org.lotuspathway.wellbeing.CasePauses;
import org.lotuspathway.wellbeing.CheckIn;
import org.lotuspathway.wellbeing.CheckInRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a case's whole story: the records every feature keeps, the open tasks, and the engine's history. */
@Service
class CaseFiles {

    private final Concerns concerns;
    private final TriageAssessmentRepository triage;
    private final PanelDiscussionRepository discussions;
    private final PractitionerUpdateRepository updates;
    private final CheckInRepository checkIns;
    private final LessonsReviewRepository reviews;
    private final PractitionerResponseRepository responses;
    private final CasePauses pauses;
    private final CaseStepRepository steps;
    private final CaseSteps caseSteps;
    private final CaseHistory history;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService engineHistory;
    private final RepositoryService repository;

    CaseFiles(Concerns concerns, TriageAssessmentRepository triage, PanelDiscussionRepository discussions,
            PractitionerUpdateRepository updates, CheckInRepository checkIns, LessonsReviewRepository reviews,
            PractitionerResponseRepository responses, CasePauses pauses, CaseStepRepository steps, CaseSteps caseSteps, CaseHistory history, TaskService tasks,
            RuntimeService runtime, HistoryService engineHistory, RepositoryService repository) {
        this.concerns = concerns;
        this.triage = triage;
        this.discussions = discussions;
        this.updates = updates;
        this.checkIns = checkIns;
        this.reviews = reviews;
        this.responses = responses;
        this.pauses = pauses;
        this.steps = steps;
        this.caseSteps = caseSteps;
        this.history = history;
        this.tasks = tasks;
        this.runtime = runtime;
        this.engineHistory = engineHistory;
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public CaseFile load(String businessKey) {
        Concern concern = concerns.get(businessKey);
        List<TriageAssessment> triaged = triage.findByConcernOrderByRecordedAtAsc(concern);
        List<PanelDiscussion> discussed = discussions.findByConcernOrderByRoundAsc(concern);
        List<PractitionerUpdate> sent = updates.findByConcernOrderByRecordedAtAsc(concern);
        List<CheckIn> checkedIn = checkIns.findByConcernOrderByRecordedAtAsc(concern);
        List<LessonsReview> reviewed = reviews.findByConcernOrderByRecordedAtDesc(concern);
        List<PractitionerResponse> responded = responses.findByConcernOrderByRecordedAtAsc(concern);
        List<CasePause> paused = pauses.of(concern);
        List<CaseFile.RecordedStep> recorded = steps.findByConcernOrderByRecordedAtAsc(concern).stream()
                .map(step -> new CaseFile.RecordedStep(step, caseSteps.answersOf(step))).toList();
        List<CaseHistory.Step> engineSteps = history.of(businessKey);

        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(concern.raisedAt(), concern.raisedBy(), "Concern raised",
                concern.source().label(), TimelineEntry.Kind.RECORD));
        engineSteps.forEach(step -> timeline.addAll(entriesFor(step)));
        triaged.forEach(t -> timeline.add(new TimelineEntry(t.recordedAt(), t.recordedBy(), "Triage recorded",
                "Risk score " + t.riskScore() + t.riskBand().map(band -> ", " + band.label() + " risk").orElse(""),
                TimelineEntry.Kind.RECORD)));
        discussed.forEach(d -> timeline.add(new TimelineEntry(d.recordedAt(), d.recordedBy(),
                "Panel decided: " + d.decision().label(), d.reasons(), TimelineEntry.Kind.RECORD)));
        sent.forEach(u -> timeline.add(new TimelineEntry(u.sentAt(), u.recordedBy(),
                u.kind() == UpdateKind.CLOSURE ? "Final update sent to the practitioner" : "Update sent to the practitioner",
                u.wasLate() ? "Sent after it was due" : null, TimelineEntry.Kind.RECORD)));
        checkedIn.forEach(c -> timeline.add(new TimelineEntry(c.recordedAt(), c.recordedBy(),
                "Wellbeing check-in: " + c.outcome().label(), null, TimelineEntry.Kind.RECORD)));
        reviewed.forEach(r -> timeline.add(new TimelineEntry(r.recordedAt(), r.recordedBy(),
                "Lessons-learnt review recorded", r.actions().size() + " improvement action(s)", TimelineEntry.Kind.RECORD)));
        responded.forEach(r -> timeline.add(new TimelineEntry(r.recordedAt(), r.recordedBy(),
                "Practitioner responded: " + r.kind().label(), r.message(), TimelineEntry.Kind.RECORD)));
        paused.forEach(p -> {
            timeline.add(new TimelineEntry(p.recordedAt(), p.recordedBy(), "Case paused", p.reason(),
                    TimelineEntry.Kind.RECORD));
            p.resumedAt().ifPresent(at -> timeline.add(new TimelineEntry(at, p.resumedBy().orElse(null),
                    "Case resumed", null, TimelineEntry.Kind.RECORD)));
        });
        timeline.sort(Comparator.comparing(TimelineEntry::at));

        return new CaseFile(concern, openSteps(businessKey), triaged, discussed, sent, checkedIn, reviewed, responded,
                paused, recorded,
                timeline, currentActivities(businessKey), completedActivities(businessKey));
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
