package org.lotuspathway.wellbeing;

import java.time.Duration;
import java.util.List;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.panel.PanelDiscussions;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.PathwayInstances;
import org.lotuspathway.process.engine.PathwayTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops and restarts the case clock while an unwell practitioner is supported. While paused the
 * pathway's deadlines do not run (its timers are suspended); check-ins go on, because they matter
 * most then. On resuming, every deadline of the pathway moves later by the time paused.
 */
@Service
public class CasePauses {

    private final Concerns concerns;
    private final CasePauseRepository pauses;
    private final PanelDiscussions panel;
    private final PathwayInstances instances;
    private final PathwayTasks tasks;
    private final PathwayClock clock;

    CasePauses(Concerns concerns, CasePauseRepository pauses, PanelDiscussions panel,
            PathwayInstances instances, PathwayTasks tasks, PathwayClock clock) {
        this.concerns = concerns;
        this.pauses = pauses;
        this.panel = panel;
        this.instances = instances;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public void pause(String businessKey, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw InvalidSubmission.of("reason", "Say why the case is paused, without health details");
        }
        if (reason.strip().length() > CasePause.REASON_LENGTH) {
            throw InvalidSubmission.of("reason", "Keep the reason to " + CasePause.REASON_LENGTH + " characters or fewer");
        }
        Concern concern = concerns.get(businessKey);
        if (concern.isPaused() || concern.isClosed()) {
            throw InvalidSubmission.of("reason", concern.isClosed() ? "A closed case cannot be paused"
                    : "The case is already paused");
        }
        concern.pause(clock.now());
        pauses.save(new CasePause(concern, reason.strip(), by, clock.now()));
        instances.pauseDeadlines(businessKey);
    }

    @Transactional
    public void resume(String businessKey, String by) {
        Concern concern = concerns.get(businessKey);
        if (!concern.isPaused()) {
            throw InvalidSubmission.of("reason", "The case is not paused");
        }
        Duration paused = concern.resume(clock.now());
        pauses.findFirstByConcernAndResumedAtIsNull(concern).ifPresent(pause -> pause.end(by, clock.now()));
        instances.resumeDeadlines(businessKey, paused);
        boolean updateOpen = tasks.openOf(businessKey).stream()
                .anyMatch(task -> ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE.equals(task.taskKey()));
        if (updateOpen) {
            panel.postponeUpdate(businessKey, paused);
        }
    }

    @Transactional(readOnly = true)
    public List<CasePause> of(Concern concern) {
        return pauses.findByConcernOrderByRecordedAtAsc(concern);
    }
}
