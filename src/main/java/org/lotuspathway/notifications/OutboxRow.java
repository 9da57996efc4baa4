package org.lotuspathway.notifications;

import java.time.Instant;

/**
 * One email as the outbox page lists it: never its body, which administrators need not read.
 * Public, with the status already in words, because the page's template reads it.
 */
public record OutboxRow(long id, Instant createdAt, String recipient, String email, String subject,
        String status, String statusTag, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError,
        boolean mayRetry) {

    static OutboxRow of(Notification notification) {
        NotificationStatus status = notification.status();
        return new OutboxRow(notification.id(), notification.createdAt(), notification.recipientUser(),
                outsider(notification.recipientUser()) ? null : notification.email(), notification.subject(), status.label(), tagFor(status),
                notification.attempts(), notification.nextAttemptAt(), notification.sentAt(),
                notification.lastError(), status == NotificationStatus.FAILED);
    }

    /** Someone without an account ({@link Outbox#toAddress}): their address is theirs, not the administrators'. */
    private static boolean outsider(String recipient) {
        return recipient != null && recipient.startsWith(Outbox.OUTSIDER_PREFIX);
    }

    /** NHS.UK tag colours: green sent, blue on its way, red failed, orange nowhere to send, grey waiting. */
    private static String tagFor(NotificationStatus status) {
        return switch (status) {
            case SENT -> "nhsuk-tag--green";
            case SENDING -> "nhsuk-tag--blue";
            case FAILED -> "nhsuk-tag--red";
            case UNDELIVERABLE -> "nhsuk-tag--orange";
            case PENDING -> "nhsuk-tag--grey";
        };
    }
}
