package org.lotuspathway.governance;

import java.time.Instant;
import java.time.LocalDate;

import org.lotuspathway.process.PathwayClock;

/** A case or speak-up report kept past its retention period, and who decided that, why and when. */
public record LegalHold(String businessKey, String heldBy, Instant heldAt, String reason) {

    /** The day, in the UK, the hold was placed. */
    public LocalDate heldOn() {
        return heldAt.atZone(PathwayClock.UK).toLocalDate();
    }
}
