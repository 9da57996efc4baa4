package org.lotuspathway.process.engine;

/** Someone else claimed the task, or completed or changed it, between reading it and acting on it. */
public class TaskTakenMeanwhile extends RuntimeException {

    private final String assignee;

    TaskTakenMeanwhile(String assignee, Throwable cause) {
        super(assignee == null ? "The task changed meanwhile" : assignee + " took the task meanwhile", cause);
        this.assignee = assignee;
    }

    /** Who holds it now, when the engine said; null when it was completed or changed meanwhile. */
    public String assignee() {
        return assignee;
    }
}
