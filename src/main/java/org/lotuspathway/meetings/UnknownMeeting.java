package org.lotuspathway.meetings;

/** No such meeting, or none the asker sits on: the same answer either way. */
public class UnknownMeeting extends RuntimeException {

    public UnknownMeeting(Object id) {
        super("No meeting " + id);
    }
}
