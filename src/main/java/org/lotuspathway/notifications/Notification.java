package org.lotuspathway.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One email in the outbox, to one recipient, for one event. After it is queued, its state changes
 * only through the conditional updates of {@link NotificationRepository}: several application
 * nodes may send, and each change says which state it expects to find.
 */
@Entity
@Table(name = "notification")
public class Notification {

    static final int EVENT_KEY_LENGTH = 255;
    static final int RECIPIENT_LENGTH = 100;
    static final int SUBJECT_LENGTH = 255;
    static final int BODY_LENGTH = 20000;
    static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** What caused it, per recipient: the same event queued twice is one email. */
    @Column(name = "event_key", nullable = false, length = EVENT_KEY_LENGTH)
    private String eventKey;

    /** A user id, or {@code group:<id>} for a group with nobody in it. */
    @Column(name = "recipient_user", nullable = false, length = RECIPIENT_LENGTH)
    private String recipientUser;

    /** The address as the identity service had it when the email was queued. */
    @Column
    private String email;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When a PENDING email may be tried again; empty means at once. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** While SENDING: until when the sender that claimed it holds it. */
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    protected Notification() {
    }

    private Notification(String eventKey, String recipientUser, String email, String subject, String body,
            NotificationStatus status, String lastError, Instant createdAt) {
        this.eventKey = eventKey;
        this.recipientUser = recipientUser;
        this.email = email;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.lastError = lastError;
        this.createdAt = createdAt;
    }

    static Notification pending(String eventKey, String recipientUser, String email, String subject, String body,
            Instant now) {
        return new Notification(eventKey, recipientUser, email, subject, body, NotificationStatus.PENDING, null, now);
    }

    /** Kept, not dropped, so that an administrator sees who was not told and why. */
    static Notification undeliverable(String eventKey, String recipientUser, String subject, String body, String reason,
            Instant now) {
        return new Notification(eventKey, recipientUser, null, subject, body, NotificationStatus.UNDELIVERABLE, reason, now);
    }

    public Long id() {
        return id;
    }

    public String eventKey() {
        return eventKey;
    }

    public String recipientUser() {
        return recipientUser;
    }

    public String email() {
        return email;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
