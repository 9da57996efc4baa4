package org.lotuspathway.updates;

import java.util.Map;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.panel.PanelDiscussion;
import org.lotuspathway.panel.PanelDiscussions;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskDraft;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Drafts the final update that goes with closing a case: the outcome, what it means for them, and who to contact. */
@Component
class ClosureDrafts implements TaskDraft {

    private final Concerns concerns;
    private final PanelDiscussions panel;
    private final UpdateDrafts updates;

    ClosureDrafts(Concerns concerns, PanelDiscussions panel, UpdateDrafts updates) {
        this.concerns = concerns;
        this.panel = panel;
        this.updates = updates;
    }

    @Override
    public String taskKey() {
        return ConcernPathway.TASK_CLOSE_CASE;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> draft(String businessKey) {
        Concern concern = concerns.get(businessKey);
        return Map.of("finalMessage", UpdateWording.finalMessage(panel.latest(businessKey).map(PanelDiscussion::decision),
                        concern.practitioner()),
                "namedContact", updates.namedContact(concern));
    }
}
