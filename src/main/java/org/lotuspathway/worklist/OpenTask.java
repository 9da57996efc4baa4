package org.lotuspathway.worklist;

import java.time.Instant;
import java.util.List;

import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.security.CurrentUser;

/**
 * A task as its page shows it: what to do, for which case, by when, with which form, and for whom
 * ({@code candidateGroups} are ids, {@code candidateGroupNames} what people read).
 */
public record OpenTask(String id, String name, String taskKey, String description, String businessKey,
        Instant due, String assignee, List<String> candidateGroups, List<String> candidateGroupNames, FormSchema form) {

    /** "Responsible Officer", or "Case managers or Responsible Officer". */
    public String forWhom() {
        return String.join(" or ", candidateGroupNames);
    }

    /** Its assignee, or anyone in one of its groups, may work it. */
    public boolean workableBy(CurrentUser user) {
        return user.mayWorkTask(assignee, candidateGroups);
    }
}
