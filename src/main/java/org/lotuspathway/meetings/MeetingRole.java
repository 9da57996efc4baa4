package org.lotuspathway.meetings;

/** What a member does at a meeting. */
public enum MeetingRole {
    CHAIR("Chair"),
    CLINICAL_ADVISER("Clinical adviser"),
    RO_DELEGATE("Responsible Officer's delegate"),
    LRC_NOMINEE("Local representative committee nominee"),
    LAY_MEMBER("Lay member"),
    SECRETARY("Secretary");

    private final String label;

    MeetingRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** As said within a sentence: "lay member", but "Responsible Officer's delegate". */
    public String inSentence() {
        return this == RO_DELEGATE ? label : label.toLowerCase(java.util.Locale.UK);
    }

    /** The chair and the secretary record the meeting's outcomes. */
    boolean records() {
        return this == CHAIR || this == SECRETARY;
    }
}
