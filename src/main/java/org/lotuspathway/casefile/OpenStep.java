package org.lotuspathway.casefile;

import java.time.Instant;
import java.util.List;

/** A task open on the case now, and who holds it. */
public record OpenStep(String taskId, String name, String assignee, List<String> groups, Instant due) {

    public String heldBy() {
        return assignee != null ? assignee : "the " + String.join(" or ", groups) + " team";
    }
}
