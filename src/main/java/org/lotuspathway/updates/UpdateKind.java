package org.lotuspathway.updates;

public enum UpdateKind {
    /** Appendix 5: after a PAG/PSG discussion. */
    PANEL_OUTCOME("Update after the meeting"),
    /** The final update when the case closes. */
    CLOSURE("Your case is closed");

    private final String title;

    UpdateKind(String title) {
        this.title = title;
    }

    /** What the practitioner's portal calls a letter of this kind. */
    public String title() {
        return title;
    }
}
