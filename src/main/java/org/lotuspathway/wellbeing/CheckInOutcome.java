package org.lotuspathway.wellbeing;

public enum CheckInOutcome {
    WELL("Well"),
    NEEDS_SUPPORT("Needs support"),
    URGENT_CONCERN("Urgent concern");

    private final String label;

    CheckInOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
