package org.lotuspathway.worklist;

import java.time.Instant;
import java.util.List;

/** An open task of a case, as the API lists it. */
public record CaseTask(String id, String taskDefinitionKey, String name, Instant due, List<String> candidateGroups,
        String assignee) {
}
