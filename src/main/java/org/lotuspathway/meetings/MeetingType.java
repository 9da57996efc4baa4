package org.lotuspathway.meetings;

/** The panel that meets: the Performance Advisory Group, or its earlier name, the Performance Screening Group. */
public enum MeetingType {
    PAG("Performance Advisory Group"),
    PSG("Performance Screening Group");

    private final String label;

    MeetingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
