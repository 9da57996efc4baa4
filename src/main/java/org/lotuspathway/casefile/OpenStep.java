package org.lotuspathway.casefile;

import java.time.Instant;
import java.util.List;

import org.lotuspathway.security.CurrentUser;

/** A task open on the case now, and who holds it ({@code groupIds}, and {@code groups} by their names). */
public record OpenStep(String taskId, String name, String assignee, List<String> groupIds, List<String> groups,
        Instant due) {

    public String heldBy() {
        return assignee != null ? assignee : String.join(" or ", groups);
    }

    /** Whether the viewer may open the task's page (a link to one they may not would only refuse them). */
    public boolean opensFor(CurrentUser viewer) {
        return viewer.mayOpenTask(assignee, groupIds);
    }
}
