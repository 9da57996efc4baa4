package org.lotuspathway.learning;

/** Only an action's owner, or a lead, may change it. */
class NotYourAction extends RuntimeException {

    NotYourAction(String message) {
        super(message);
    }
}
