package org.lotuspathway.meetings;

/** What became of a case on a meeting's agenda. */
public enum AgendaStatus {
    WAITING("To be discussed"),
    DISCUSSED("Discussed"),
    CARRIED_OVER("Not reached: carried over"),
    MOVED("Moved to another meeting"),
    RECORDED_FROM_TASK("Discussion recorded from the case's own task");

    private final String label;

    AgendaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
