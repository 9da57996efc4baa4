package org.lotuspathway.register;

/** Which workforce a DBS check was for, and so which barred lists it looked at. */
public enum Workforce {
    ADULT("Adult workforce"),
    CHILD("Child workforce"),
    ADULT_AND_CHILD("Adult and child workforce");

    private final String label;

    Workforce(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
