package org.lotuspathway.learning;

/** No improvement action has that id. */
class UnknownAction extends RuntimeException {

    UnknownAction(long id) {
        super("No improvement action " + id);
    }
}
