package org.lotuspathway.governance;

import java.time.Instant;

/** A case kept past its retention period, and who decided that, why and when. */
public record LegalHold(String businessKey, String heldBy, Instant heldAt, String reason) {
}
