package org.lotuspathway.concern;

/** No concern has this business key (or the current user may not know that it does). */
public class UnknownConcern extends RuntimeException {

    public UnknownConcern(String businessKey) {
        super("No concern " + businessKey);
    }
}
