package org.lotuspathway.notifications;

/** Where an email is on its way out, in the words the outbox page uses. */
public enum NotificationStatus {

    /** Waiting to be sent, for the first time or again after a failed attempt. */
    PENDING("Waiting to send"),
    /** Claimed by a sender, which holds a lease on it until it is sent or the lease runs out. */
    SENDING("Sending"),
    SENT("Sent"),
    /** Every attempt failed; an administrator may try again. */
    FAILED("Failed"),
    /** Nowhere to send it: the user has no usable email address, or the group has nobody in it. */
    UNDELIVERABLE("Cannot be delivered");

    private final String label;

    NotificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
