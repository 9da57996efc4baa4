package org.lotuspathway.panel;

import java.util.Optional;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.StepOutcome;
import org.springframework.stereotype.Component;

/** After a panel discussion: what the panel decided. */
@Component
class PanelStepOutcome implements StepOutcome {

    private final PanelDiscussions discussions;

    PanelStepOutcome(PanelDiscussions discussions) {
        this.discussions = discussions;
    }

    @Override
    public Optional<String> decided(String businessKey, String taskKey) {
        if (!ConcernPathway.TASK_HOLD_PANEL_DISCUSSION.equals(taskKey)) {
            return Optional.empty();
        }
        return discussions.latest(businessKey).map(d -> "The panel decided: " + d.decision().label());
    }
}
