package org.lotuspathway.portal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.lotuspathway.concern.CaseRecord;
import org.lotuspathway.concern.Concern;

/** A comment, or a request for a call, that the practitioner sent from the portal. */
@Entity
@Table(name = "practitioner_response")
public class PractitionerResponse extends CaseRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResponseKind kind;

    @Column(nullable = false, length = 4000)
    private String message;

    @Column(length = 40)
    private String phone;

    protected PractitionerResponse() {
    }

    PractitionerResponse(Concern concern, ResponseKind kind, String message, String phone, String by, Instant at) {
        super(concern, by, at);
        this.kind = kind;
        this.message = message;
        this.phone = phone;
    }

    public ResponseKind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }
}
