package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running cases onto the newest version of a process with Camunda's migration API: each
 * step maps to the step with the same id in the new version. A case waiting at a step the new
 * version does not have cannot move, and the preview says so.
 */
@Service
public class CaseMigrations {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final CaseMoveRepository moves;
    private final AuditLog audit;
    private final PathwayClock clock;

    CaseMigrations(RepositoryService repository, RuntimeService runtime, CaseMoveRepository moves, AuditLog audit,
            PathwayClock clock) {
        this.repository = repository;
        this.runtime = runtime;
        this.moves = moves;
        this.audit = audit;
        this.clock = clock;
    }

    public record Candidate(String processInstanceId, String businessKey, int fromVersion, Set<String> waitingAt,
            String whyNot) {

        public boolean movable() {
            return whyNot == null;
        }
    }

    public record Preview(String processKey, ProcessDefinition target, List<Candidate> candidates) {

        public long movable() {
            return candidates.stream().filter(Candidate::movable).count();
        }
    }

    /** Every running case of the process on an older version, and whether it can move to the newest. */
    @Transactional(readOnly = true)
    public Preview preview(String processKey) {
        ProcessDefinition target = latest(processKey);
        List<Candidate> candidates = new ArrayList<>();
        for (ProcessDefinition source : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().asc().list()) {
            if (source.getId().equals(target.getId())) {
                continue;
            }
            List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
            if (instances.isEmpty()) {
                continue;
            }
            Set<String> mapped;
            String planProblem = null;
            try {
                mapped = plan(source, target).getInstructions().stream()
                        .flatMap(instruction -> instruction.getSourceActivityId() == null ? java.util.stream.Stream.empty()
                                : java.util.stream.Stream.of(instruction.getSourceActivityId()))
                        .collect(Collectors.toSet());
            } catch (MigrationPlanValidationException e) {
                mapped = Set.of();
                planProblem = "version " + source.getVersion() + " cannot be mapped onto version " + target.getVersion()
                        + ": " + e.getMessage();
            }
            for (ProcessInstance instance : instances) {
                Set<String> waitingAt = leaves(runtime.getActivityInstance(instance.getId()));
                Set<String> unmapped = new LinkedHashSet<>(waitingAt);
                unmapped.removeAll(mapped);
                String whyNot = planProblem != null ? planProblem
                        : unmapped.isEmpty() ? null
                        : "it is waiting at " + String.join(", ", unmapped) + ", which version " + target.getVersion()
                                + " does not have";
                candidates.add(new Candidate(instance.getId(), instance.getBusinessKey(), source.getVersion(), waitingAt,
                        whyNot));
            }
        }
        return new Preview(processKey, target, candidates);
    }

    /** Moves every movable case; returns the preview it acted on, with what was left behind. */
    @Transactional
    public Preview moveAll(String processKey, String movedBy) {
        Preview preview = preview(processKey);
        ProcessDefinition target = preview.target();
        var bySource = preview.candidates().stream().filter(Candidate::movable)
                .collect(Collectors.groupingBy(candidate -> sourceOf(candidate.processInstanceId())));
        StringBuilder detail = new StringBuilder();
        int moved = 0;
        for (var entry : bySource.entrySet()) {
            ProcessDefinition source = repository.getProcessDefinition(entry.getKey());
            List<String> ids = entry.getValue().stream().map(Candidate::processInstanceId).toList();
            try {
                runtime.newMigration(plan(source, target)).processInstanceIds(ids).execute();
                moved += ids.size();
                entry.getValue().forEach(candidate -> audit.record(movedBy, AuditAction.MOVED_TO_NEW_VERSION,
                        candidate.businessKey(), processKey + " version " + source.getVersion() + " to "
                                + target.getVersion()));
                detail.append("Moved from version ").append(source.getVersion()).append(": ")
                        .append(entry.getValue().stream().map(Candidate::businessKey).collect(Collectors.joining(", ")))
                        .append(". ");
            } catch (MigratingProcessInstanceValidationException e) {
                detail.append("Could not move from version ").append(source.getVersion()).append(": ")
                        .append(e.getMessage()).append(". ");
            }
        }
        preview.candidates().stream().filter(candidate -> !candidate.movable())
                .forEach(candidate -> detail.append(candidate.businessKey()).append(" stays: ").append(candidate.whyNot())
                        .append(". "));
        moves.save(new CaseMove(movedBy, clock.now(), processKey, bySource.isEmpty() ? "-" : String.join(",", bySource.keySet()),
                target.getId(), moved, preview.candidates().size() - moved, truncate(detail.toString())));
        return preview;
    }

    @Transactional(readOnly = true)
    public List<CaseMove> recentMoves() {
        return moves.findTop20ByOrderByMovedAtDesc();
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers()
                .build();
    }

    private String sourceOf(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId();
    }

    private ProcessDefinition latest(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalArgumentException("There is no process " + processKey);
        }
        return latest;
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

    private static String truncate(String text) {
        return text.length() <= 20000 ? text : text.substring(0, 19990) + "...";
    }
}
