package org.lotuspathway.process.engine;

import java.time.Instant;
import java.util.List;

/**
 * An open task as the engine holds it: which step of which process, who holds it, when it is due,
 * which groups may work it, and the business key of the case its process runs for (null when it
 * runs for none, as a task made by hand in Tasklist).
 */
public record EngineTask(String id, String name, String taskKey, String description, String businessKey,
        Instant due, String assignee, List<String> candidateGroups, String processDefinitionId, Instant created) {
}
