package org.lotuspathway.audit;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log: who did what to which case, and when. Written once and never changed:
 * the entity has no setters and Hibernate treats it as immutable, the repository has no update or
 * delete, and on PostgreSQL a trigger refuses both.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    static final int ACTOR_LENGTH = 100;
    static final int KEY_LENGTH = 40;
    static final int DETAIL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "business_key", updatable = false, length = KEY_LENGTH)
    private String businessKey;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    protected AuditEvent() {
    }

    /** Values too long for their columns are cut short: a hostile request must not stop its own record. */
    AuditEvent(Instant occurredAt, String actor, AuditAction action, String businessKey, String detail) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, ACTOR_LENGTH);
        this.action = action;
        this.businessKey = cut(businessKey, KEY_LENGTH);
        this.detail = cut(detail, DETAIL_LENGTH);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public Optional<String> businessKey() {
        return Optional.ofNullable(businessKey);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
