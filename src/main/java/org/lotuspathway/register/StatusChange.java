package org.lotuspathway.register;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One field of a practitioner's record changed: by whom, when, from what to what. Never changed itself. */
@Entity
@Immutable
@Table(name = "practitioner_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practitioner_id", nullable = false)
    private Long practitionerId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordPart part;

    @Column(nullable = false)
    private String field;

    @Column(name = "previous_value")
    private String previousValue;

    @Column(name = "new_value")
    private String newValue;

    protected StatusChange() {
    }

    StatusChange(Long practitionerId, RecordPart part, String field, String previousValue, String newValue,
            String changedBy, Instant changedAt) {
        this.practitionerId = practitionerId;
        this.part = part;
        this.field = field;
        this.previousValue = previousValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public RecordPart part() {
        return part;
    }

    public String field() {
        return field;
    }

    public String previousValue() {
        return previousValue;
    }

    public String newValue() {
        return newValue;
    }

    public String fieldName() {
        return RecordValues.fieldName(field);
    }

    public String previousShown() {
        return RecordValues.shown(part, field, previousValue);
    }

    public String newShown() {
        return RecordValues.shown(part, field, newValue);
    }
}
