package org.lotuspathway.worklist;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.StepOutcome;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.springframework.stereotype.Component;

/**
 * What the person who completed a task is told: what was done, what it decided (from the case's
 * own records, {@link StepOutcome}) and what happens next (the steps the case opened, with who
 * holds them and when they are due), such as "Done: Triage the concern for PSC-2026-00001. Risk
 * band high (score 20), so urgent panel. Next: Consider interim action, for Responsible Officer,
 * due by Wednesday 25 November 2026."
 */
@Component
class CompletionNotice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final List<StepOutcome> outcomes;
    private final TaskCommands commands;
    private final StaffDirectory staff;
    private final Concerns concerns;

    CompletionNotice(List<StepOutcome> outcomes, TaskCommands commands, StaffDirectory staff, Concerns concerns) {
        this.outcomes = outcomes.stream().sorted(Comparator.comparingInt(StepOutcome::order)).toList();
        this.commands = commands;
        this.staff = staff;
        this.concerns = concerns;
    }

    /** {@code openBefore}: the case's open tasks just before this one was completed. */
    String after(OpenTask done, List<CaseTask> openBefore) {
        StringBuilder notice = new StringBuilder("Done: " + done.name() + " for " + done.businessKey() + ".");
        decided(done).ifPresent(decided -> notice.append(' ').append(decided).append('.'));
        Set<String> before = openBefore.stream().map(CaseTask::id).collect(Collectors.toSet());
        List<CaseTask> open = commands.openTasksOf(done.businessKey());
        List<CaseTask> opened = open.stream().filter(task -> !before.contains(task.id())).toList();
        if (!opened.isEmpty()) {
            notice.append(" Next: ").append(opened.stream().map(this::described).collect(Collectors.joining("; ")))
                    .append('.');
        } else if (concerns.get(done.businessKey()).isClosed()) {
            notice.append(" The case is closed.");
        } else if (open.isEmpty()) {
            notice.append(" Nothing else is waiting on this case now.");
        } else {
            notice.append(" Still open on the case: ").append(open.stream().map(this::described)
                    .collect(Collectors.joining("; "))).append('.');
        }
        return notice.toString();
    }

    private Optional<String> decided(OpenTask done) {
        return outcomes.stream().map(outcome -> outcome.decided(done.businessKey(), done.taskKey()))
                .flatMap(Optional::stream).findFirst();
    }

    private String described(CaseTask task) {
        String whom = task.assignee() != null ? staff.find(task.assignee()).map(StaffMember::name).orElse(task.assignee())
                : String.join(" or ", staff.groupNames(task.candidateGroups()));
        return task.name() + ", for " + whom + (task.due() == null ? ""
                : ", due by " + DAY.format(task.due().atZone(PathwayClock.UK)));
    }
}
