package org.lotuspathway.casefile;

import java.time.Instant;
import java.util.List;

/** A task open on the case now, and who holds it ({@code groups} by their names). */
public record OpenStep(String taskId, String name, String assignee, List<String> groups, Instant due) {

    public String heldBy() {
        return assignee != null ? assignee : String.join(" or ", groups);
    }
}
