package org.lotuspathway.learning;

public enum ActionStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
