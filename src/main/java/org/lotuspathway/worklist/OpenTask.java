package org.lotuspathway.worklist;

import java.time.Instant;
import java.util.List;

import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.security.CurrentUser;

/** A task as its page shows it: what to do, for which case, by when, with which form. */
public record OpenTask(String id, String name, String taskKey, String description, String businessKey,
        Instant due, String assignee, List<String> candidateGroups, FormSchema form) {

    /** Its assignee, or anyone in one of its groups, may work it. */
    public boolean workableBy(CurrentUser user) {
        return user.name().equals(assignee) || candidateGroups.stream().anyMatch(user::isIn);
    }
}
