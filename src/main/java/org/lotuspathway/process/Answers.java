package org.lotuspathway.process;

import java.util.Map;

/** What a user submits to complete a task, as a typed record. */
public interface Answers {

    /** Rules that span fields, keyed by the field the message belongs next to. */
    default Map<String, String> crossFieldErrors() {
        return Map.of();
    }
}
