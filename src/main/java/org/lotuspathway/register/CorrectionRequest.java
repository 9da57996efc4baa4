package org.lotuspathway.register;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** What a practitioner said was wrong on their record, kept as they wrote it. */
@Entity
@Immutable
@Table(name = "record_correction_request")
public class CorrectionRequest {

    static final int MAX_MESSAGE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practitioner_id", nullable = false)
    private Long practitionerId;

    @Column(name = "business_key", nullable = false)
    private String businessKey;

    @Column(nullable = false, length = MAX_MESSAGE)
    private String message;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected CorrectionRequest() {
    }

    CorrectionRequest(Long practitionerId, String businessKey, String message, String requestedBy, Instant requestedAt) {
        this.practitionerId = practitionerId;
        this.businessKey = businessKey;
        this.message = message;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public String businessKey() {
        return businessKey;
    }

    public String message() {
        return message;
    }

    public Instant requestedAt() {
        return requestedAt;
    }
}
