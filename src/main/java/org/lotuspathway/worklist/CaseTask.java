package org.lotuspathway.worklist;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An open task of a case, as the API lists it: every field always there, null when empty, as docs/register.md shows. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseTask(String id, String taskDefinitionKey, String name, Instant due, List<String> candidateGroups,
        String assignee) {
}
