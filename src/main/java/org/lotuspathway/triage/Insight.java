package org.lotuspathway.triage;

/** How far the practitioner recognises the concern and what to change. */
public enum Insight {
    FULL("Yes, full insight"), PARTIAL("Some insight"), NONE("No insight yet");

    private final String label;

    Insight(String label) {
        this.label = label;
    }

    /** As the triage form offers it. */
    public String label() {
        return label;
    }
}
