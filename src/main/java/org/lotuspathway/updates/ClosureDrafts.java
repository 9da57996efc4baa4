package org.lotuspathway.updates;

import java.util.Map;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskDraft;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Drafts the final update that goes with closing a case. */
@Component
class ClosureDrafts implements TaskDraft {

    private final Concerns concerns;
    private final UpdateDrafts updates;

    ClosureDrafts(Concerns concerns, UpdateDrafts updates) {
        this.concerns = concerns;
        this.updates = updates;
    }

    @Override
    public String taskKey() {
        return ConcernPathway.TASK_CLOSE_CASE;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> draft(String businessKey) {
        return Map.of("finalMessage", UpdateWording.finalMessage(),
                "namedContact", updates.namedContact(concerns.get(businessKey)));
    }
}
