package org.lotuspathway.register;

/** A performer's place on their list (suspension is mandatory while the regulator suspends). */
public enum ListStatus {
    INCLUDED("Included"),
    INCLUDED_WITH_CONDITIONS("Included with conditions"),
    SUSPENDED("Suspended"),
    REMOVED("Removed"),
    NOT_LISTED("Not on a list");

    private final String label;

    ListStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
