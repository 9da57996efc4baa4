package org.lotuspathway.worklist;

/** The task belongs to groups the user is not in, or the action needs a manager. */
public class NotYourTask extends RuntimeException {

    public NotYourTask(String message) {
        super(message);
    }
}
