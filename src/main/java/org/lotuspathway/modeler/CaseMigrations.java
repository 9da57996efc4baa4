package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.CaseVersions;
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

    private final CaseVersions versions;
    private final CaseMoveRepository moves;
    private final AuditLog audit;
    private final PathwayClock clock;
    private final TransactionTemplate ownTransaction;

    CaseMigrations(CaseVersions versions, CaseMoveRepository moves, AuditLog audit, PathwayClock clock,
            PlatformTransactionManager transactions) {
        this.versions = versions;
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

    /**
     * A running case on an older version: where it waits (step ids, and their names as the lead drew
     * them) and, if it cannot move, why.
     */
    public record Candidate(String processInstanceId, String businessKey, String fromDefinitionId, int fromVersion,
            Set<String> waitingAt, List<String> waitingAtNames, String whyNot) {

        public boolean movable() {
            return whyNot == null;
        }
    }

    public record Preview(String processKey, CaseVersions.Definition target, List<Candidate> candidates) {

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
        CaseVersions.Definition target = versions.latest(processKey).orElseThrow(() -> new UnknownProcess(processKey));
        List<Candidate> candidates = new ArrayList<>();
        for (CaseVersions.Definition source : versions.all(processKey)) {
            if (source.id().equals(target.id())) {
                continue;
            }
            List<CaseVersions.RunningCase> running = versions.runningOn(source.id());
            if (running.isEmpty()) {
                continue;
            }
            Set<String> mapped;
            String planProblem = null;
            try {
                mapped = ownTransaction.execute(status -> versions.mappedSteps(source, target));
            } catch (CaseVersions.MoveRefused e) {
                mapped = Set.of();
                planProblem = e.getMessage();
            }
            Map<String, String> names = versions.stepNames(source.id());
            for (CaseVersions.RunningCase instance : running) {
                Set<String> unmapped = new LinkedHashSet<>(instance.waitingAt());
                unmapped.removeAll(mapped);
                String whyNot = planProblem != null ? planProblem
                        : unmapped.isEmpty() ? null
                        : "it is waiting at " + named(unmapped, names) + ", which version " + target.version()
                                + " does not have";
                candidates.add(new Candidate(instance.processInstanceId(), instance.businessKey(), source.id(),
                        source.version(), instance.waitingAt(),
                        instance.waitingAt().stream().map(step -> nameOf(step, names)).toList(), whyNot));
            }
        }
        return new Preview(processKey, target, candidates);
    }

    /** Moves every movable case, each on its own; says how many really moved and why the others did not. */
    public Moved moveAll(String processKey, String movedBy) {
        Preview preview = preview(processKey);
        CaseVersions.Definition target = preview.target();
        var bySource = preview.candidates().stream().filter(Candidate::movable)
                .collect(Collectors.groupingBy(Candidate::fromDefinitionId,
                        java.util.LinkedHashMap::new, Collectors.toList()));
        StringBuilder detail = new StringBuilder();
        int moved = 0;
        for (var entry : bySource.entrySet()) {
            CaseVersions.Definition source = versions.get(entry.getKey());
            List<String> movedHere = new ArrayList<>();
            for (Candidate candidate : entry.getValue()) {
                try {
                    ownTransaction.executeWithoutResult(status -> {
                        versions.move(candidate.processInstanceId(), source, target);
                        audit.record(movedBy, AuditAction.MOVED_TO_NEW_VERSION, candidate.businessKey(),
                                processKey + " version " + source.version() + " to " + target.version());
                    });
                    movedHere.add(candidate.businessKey());
                } catch (CaseVersions.MoveRefused e) {
                    detail.append(candidate.businessKey()).append(" could not move from version ")
                            .append(source.version()).append(": ").append(e.getMessage()).append(". ");
                }
            }
            moved += movedHere.size();
            if (!movedHere.isEmpty()) {
                detail.append("Moved from version ").append(source.version()).append(": ")
                        .append(String.join(", ", movedHere)).append(". ");
            }
        }
        preview.candidates().stream().filter(candidate -> !candidate.movable())
                .forEach(candidate -> detail.append(candidate.businessKey()).append(" stays: ").append(candidate.whyNot())
                        .append(". "));
        int left = preview.candidates().size() - moved;
        moves.save(new CaseMove(movedBy, clock.now(), processKey, bySource.isEmpty() ? "-" : truncate(String.join(",",
                bySource.keySet()), 4000), target.id(), moved, left, truncate(detail.toString(), 20000)));
        return new Moved(preview, moved, left, detail.toString());
    }

    @Transactional(readOnly = true)
    public List<CaseMove> recentMoves() {
        return moves.findTop20ByOrderByMovedAtDescIdDesc();
    }

    private static String named(Set<String> steps, Map<String, String> names) {
        return String.join(", ", steps.stream().map(step -> nameOf(step, names)).toList());
    }

    /** "Agree a local resolution with the practitioner", as the lead named the step; its id if it has no name. */
    private static String nameOf(String step, Map<String, String> names) {
        return names.containsKey(step) ? "\"" + names.get(step) + "\"" : step;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }
}
