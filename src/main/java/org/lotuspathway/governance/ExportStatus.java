package org.lotuspathway.governance;

/** Where a subject access export is. */
public enum ExportStatus {
    /** Asked for, by the practitioner or an administrator; an administrator may withhold documents, then approves it. */
    REQUESTED("Waiting for an administrator to approve it"),
    QUEUED("Approved: waiting to be produced"),
    RUNNING("Being produced"),
    READY("Ready"),
    FAILED("Could not be produced");

    private final String label;

    ExportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean inProgress() {
        return this == QUEUED || this == RUNNING;
    }
}
