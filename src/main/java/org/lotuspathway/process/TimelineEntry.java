package org.lotuspathway.process;

import java.time.Instant;

/** One line of a case's story: when, who, what, and a little detail. */
public record TimelineEntry(Instant at, String who, String what, String detail, Kind kind) {

    /** The same line, said to be by {@code someone}. */
    public TimelineEntry by(String someone) {
        return new TimelineEntry(at, someone, what, detail, kind);
    }

    public enum Kind {
        /** A step of the pathway, from the engine's history. */
        STEP,
        /** Something the team recorded on the case. */
        RECORD,
        /** A deadline that passed, or a check-in that fell due. */
        TIMER
    }
}
