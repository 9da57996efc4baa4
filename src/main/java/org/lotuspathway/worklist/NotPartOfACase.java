package org.lotuspathway.worklist;

/**
 * The task belongs to no case: made by hand in Tasklist or through the engine's REST API, or run in
 * a process started without a concern's business key. Our pages neither show nor work it.
 */
public class NotPartOfACase extends RuntimeException {

    public NotPartOfACase(String taskId) {
        super("Task " + taskId + " is not part of a case");
    }
}
