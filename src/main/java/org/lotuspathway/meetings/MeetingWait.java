package org.lotuspathway.meetings;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.lotuspathway.concern.Concern;

/** A case at the panel stage that no scheduled meeting suits yet; placed when one is scheduled. */
@Entity
@Table(name = "meeting_wait")
public class MeetingWait {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "concern_id")
    private Concern concern;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "needed_by")
    private Instant neededBy;

    @Column(nullable = false)
    private Instant since;

    @Column(name = "placed_at")
    private Instant placedAt;

    protected MeetingWait() {
    }

    MeetingWait(Concern concern, boolean urgent, Instant neededBy, Instant since) {
        this.concern = concern;
        this.urgent = urgent;
        this.neededBy = neededBy;
        this.since = since;
    }

    void placed(Instant at) {
        this.placedAt = at;
    }

    public Concern concern() {
        return concern;
    }

    public boolean urgent() {
        return urgent;
    }

    public Optional<Instant> neededBy() {
        return Optional.ofNullable(neededBy);
    }

    public Instant since() {
        return since;
    }

    public Optional<Instant> placedAt() {
        return Optional.ofNullable(placedAt);
    }
}
