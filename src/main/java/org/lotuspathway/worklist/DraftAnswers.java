package org.lotuspathway.worklist;

import java.util.List;
import java.util.Map;

import org.lotuspathway.process.TaskDraft;
import org.springframework.stereotype.Component;

/** The answers prepared for a task (its {@link TaskDraft}, if a feature has one), as its page starts from them. */
@Component
class DraftAnswers {

    private final List<TaskDraft> drafts;

    DraftAnswers(List<TaskDraft> drafts) {
        this.drafts = drafts;
    }

    Map<String, Object> of(OpenTask task) {
        return drafts.stream().filter(draft -> draft.taskKey().equals(task.taskKey())).findFirst()
                .map(draft -> draft.draft(task.businessKey())).orElse(Map.of());
    }
}
