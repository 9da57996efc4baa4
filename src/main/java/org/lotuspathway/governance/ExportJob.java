package org.lotuspathway.governance;

import java.time.Instant;

/**
 * One subject access export: whose, where it is, and how far along. {@code available} is whether
 * its ZIP is still kept ({@code lotus.subject-access.keep-for} after it was produced).
 */
public record ExportJob(long id, long practitionerId, String practitionerName, String registration, ExportStatus status,
        String requestedBy, Instant requestedAt, String approvedBy, Instant approvedAt, int stepsDone, int stepsTotal,
        Instant finishedAt, String failure, Long zipSize, boolean available) {

    /** How far along, in percent. */
    public int percentDone() {
        if (status == ExportStatus.READY) {
            return 100;
        }
        return stepsTotal == 0 ? 0 : Math.min(100, stepsDone * 100 / stepsTotal);
    }

    public boolean awaitingApproval() {
        return status == ExportStatus.REQUESTED;
    }

    public boolean inProgress() {
        return status.inProgress();
    }

    public boolean downloadable() {
        return status == ExportStatus.READY && available;
    }

    /** What a reader is told of where it is. */
    public String describe() {
        if (status == ExportStatus.READY && !available) {
            return "Produced, and since deleted: ask again for a new one";
        }
        if (status == ExportStatus.RUNNING) {
            return status.label() + ": " + percentDone() + "% done";
        }
        return status.label();
    }
}
