package org.lotuspathway.worklist;

/** The task is no longer open: someone completed it, or the case moved on. */
public class TaskGone extends RuntimeException {

    private final String taskId;

    public TaskGone(String taskId) {
        super("Task " + taskId + " is no longer open");
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }
}
