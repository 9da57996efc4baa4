package org.lotuspathway.concern;

/**
 * Where a case is on the pathway. A user task names the stage it belongs to with the extension
 * property {@code stage}, so leads can place new tasks in a stage from the modeler.
 */
public enum Stage {
    TRIAGE("Initial triage"),
    LOCAL_RESOLUTION("Local resolution"),
    INTERIM_ACTION("Interim action being considered"),
    INVESTIGATION("Gathering information"),
    PANEL("Panel discussion"),
    PRACTITIONER_UPDATE("Update to the practitioner"),
    SUPPORT_AND_MONITOR("Support and monitoring"),
    REFERRAL("Referral"),
    LESSONS_REVIEW("Lessons-learnt review"),
    CLOSURE("Closing the case"),
    CLOSED("Closed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
