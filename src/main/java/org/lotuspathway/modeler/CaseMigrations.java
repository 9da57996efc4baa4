package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running cases onto the newest version of a process with Camunda's migration API: each
 * step maps to the step with the same id in the new version. A case waiting at a step the new
 * version does not have cannot move, and the preview says so.
 *
 * <p>The engine refuses a plan or a case by throwing from inside its command, and its command
 * joins the caller's transaction, marking it for rollback: so each plan is built, and each case
 * moved, in a transaction of its own. A refusal then leaves the others as they were, and a case
 * that moved stays moved.
 */
@Service
public class CaseMigrations {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final CaseMoveRepository moves;
    private final AuditLog audit;
    private final PathwayClock clock;
    private final TransactionTemplate ownTransaction;

    CaseMigrations(RepositoryService repository, RuntimeService runtime, CaseMoveRepository moves, AuditLog audit,
            PathwayClock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.moves = moves;
        this.audit = audit;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** There is no process of that key. */
    public static class UnknownProcess extends RuntimeException {

        UnknownProcess(String processKey) {
            super("There is no process " + processKey);
        }
    }

    public record Candidate(String processInstanceId, String businessKey, String fromDefinitionId, int fromVersion,
            Set<String> waitingAt, String whyNot) {

        public boolean movable() {
            return whyNot == null;
        }
    }

    public record Preview(String processKey, ProcessDefinition target, List<Candidate> candidates) {

        public long movable() {
            return candidates.stream().filter(Candidate::movable).count();
        }
    }

    /** What a move did: the cases that really moved, and those left behind with the reason. */
    public record Moved(Preview preview, int moved, int left, String detail) {
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
                mapped = ownTransaction.execute(status -> plan(source, target)).getInstructions().stream()
                        .flatMap(instruction -> instruction.getSourceActivityId() == null ? java.util.stream.Stream.empty()
                                : java.util.stream.Stream.of(instruction.getSourceActivityId()))
                        .collect(Collectors.toSet());
            } catch (MigrationPlanValidationException e) {
                mapped = Set.of();
                planProblem = "version " + source.getVersion() + " cannot be mapped onto version " + target.getVersion()
                        + ": " + e.getMessage();
            }
            for (ProcessInstance instance : instances) {
                ActivityInstance tree = runtime.getActivityInstance(instance.getId());
                if (tree == null) {
                    continue; // it ended while we looked
                }
                Set<String> waitingAt = leaves(tree);
                Set<String> unmapped = new LinkedHashSet<>(waitingAt);
                unmapped.removeAll(mapped);
                String whyNot = planProblem != null ? planProblem
                        : unmapped.isEmpty() ? null
                        : "it is waiting at " + String.join(", ", unmapped) + ", which version " + target.getVersion()
                                + " does not have";
                candidates.add(new Candidate(instance.getId(), instance.getBusinessKey(), source.getId(),
                        source.getVersion(), waitingAt, whyNot));
            }
        }
        return new Preview(processKey, target, candidates);
    }

    /** Moves every movable case, each on its own; says how many really moved and why the others did not. */
    public Moved moveAll(String processKey, String movedBy) {
        Preview preview = preview(processKey);
        ProcessDefinition target = preview.target();
        var bySource = preview.candidates().stream().filter(Candidate::movable)
                .collect(Collectors.groupingBy(Candidate::fromDefinitionId,
                        java.util.LinkedHashMap::new, Collectors.toList()));
        StringBuilder detail = new StringBuilder();
        int moved = 0;
        for (var entry : bySource.entrySet()) {
            ProcessDefinition source = repository.getProcessDefinition(entry.getKey());
            List<String> movedHere = new ArrayList<>();
            MigrationPlan plan;
            try {
                plan = ownTransaction.execute(status -> plan(source, target));
            } catch (ProcessEngineException e) {
                detail.append("Could not move from version ").append(source.getVersion()).append(": ")
                        .append(e.getMessage()).append(". ");
                continue;
            }
            for (Candidate candidate : entry.getValue()) {
                try {
                    ownTransaction.executeWithoutResult(status -> {
                        runtime.newMigration(plan).processInstanceIds(candidate.processInstanceId())
                                .execute();
                        audit.record(movedBy, AuditAction.MOVED_TO_NEW_VERSION, candidate.businessKey(),
                                processKey + " version " + source.getVersion() + " to " + target.getVersion());
                    });
                    movedHere.add(candidate.businessKey());
                } catch (ProcessEngineException e) {
                    detail.append(candidate.businessKey()).append(" could not move from version ")
                            .append(source.getVersion()).append(": ").append(e.getMessage()).append(". ");
                }
            }
            moved += movedHere.size();
            if (!movedHere.isEmpty()) {
                detail.append("Moved from version ").append(source.getVersion()).append(": ")
                        .append(String.join(", ", movedHere)).append(". ");
            }
        }
        preview.candidates().stream().filter(candidate -> !candidate.movable())
                .forEach(candidate -> detail.append(candidate.businessKey()).append(" stays: ").append(candidate.whyNot())
                        .append(". "));
        int left = preview.candidates().size() - moved;
        moves.save(new CaseMove(movedBy, clock.now(), processKey, bySource.isEmpty() ? "-" : truncate(String.join(",",
                bySource.keySet()), 4000), target.getId(), moved, left, truncate(detail.toString(), 20000)));
        return new Moved(preview, moved, left, detail.toString());
    }

    @Transactional(readOnly = true)
    public List<CaseMove> recentMoves() {
        return moves.findTop20ByOrderByMovedAtDesc();
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers()
                .build();
    }

    private ProcessDefinition latest(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new UnknownProcess(processKey);
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

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }
}
