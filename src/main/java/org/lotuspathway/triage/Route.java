package org.lotuspathway.triage;

/** Where the triage decision sends a case. */
public enum Route {
    LOCAL_RESOLUTION("Local resolution"),
    INVESTIGATION("Investigation"),
    URGENT_PANEL("Urgent panel");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
