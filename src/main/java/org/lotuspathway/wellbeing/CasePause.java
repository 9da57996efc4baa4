package org.lotuspathway.wellbeing;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.lotuspathway.concern.CaseRecord;
import org.lotuspathway.concern.Concern;

/** A time the case clock stood still while an unwell practitioner was supported. */
@Entity
@Table(name = "case_pause")
public class CasePause extends CaseRecord {

    static final int REASON_LENGTH = 4000;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "resumed_by")
    private String resumedBy;

    @Column(name = "resumed_at")
    private Instant resumedAt;

    protected CasePause() {
    }

    CasePause(Concern concern, String reason, String pausedBy, Instant pausedAt) {
        super(concern, pausedBy, pausedAt);
        this.reason = reason;
    }

    void end(String by, Instant at) {
        this.resumedBy = by;
        this.resumedAt = at;
    }

    public String reason() {
        return reason;
    }

    public Optional<String> resumedBy() {
        return Optional.ofNullable(resumedBy);
    }

    public Optional<Instant> resumedAt() {
        return Optional.ofNullable(resumedAt);
    }
}
