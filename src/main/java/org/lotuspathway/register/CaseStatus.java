package org.lotuspathway.register;

/** Whether a case is still being worked, stopped for the practitioner's sake, or closed. */
public enum CaseStatus {
    OPEN("Open"),
    PAUSED("Paused"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
