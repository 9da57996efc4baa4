package org.lotuspathway.speakup;

/** What screening a report can decide; the values are those of forms/screen-concern.form. */
public enum ScreeningDecision {
    ACCEPT("Accepted into the pathway"),
    ASK("Asked the raiser a question"),
    CLOSE("Closed with a reason");

    private final String label;

    ScreeningDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
