package org.lotuspathway.concern;

public enum ConcernArea {
    CLINICAL("Clinical capability"),
    CONDUCT("Conduct or behaviour"),
    PROBITY("Probity"),
    HEALTH("Health");

    private final String label;

    ConcernArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
