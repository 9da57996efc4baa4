package org.lotuspathway.meetings;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.process.InvalidSubmission;

/** A case on a meeting's agenda, in its place, and what became of it there. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "concern_id")
    private Concern concern;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean urgent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgendaStatus status;

    @Column(name = "placed_by", nullable = false, length = 100)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(length = 2000)
    private String present;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(length = REASON_LENGTH)
    private String reason;

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, Concern concern, int position, boolean urgent, String placedBy, Instant placedAt) {
        this.meeting = meeting;
        this.concern = concern;
        this.position = position;
        this.urgent = urgent;
        this.status = AgendaStatus.WAITING;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    void discussed(List<String> presentUsers, String by, Instant at) {
        close(AgendaStatus.DISCUSSED, null, by, at);
        this.present = String.join(",", presentUsers);
    }

    /** Moved to another meeting, or carried over to the next because it was not reached. */
    void leave(AgendaStatus how, String why, String by, Instant at) {
        String reasonGiven = why == null ? "" : why.strip();
        if (reasonGiven.isEmpty()) {
            throw InvalidSubmission.of("reason", "Say why the case is " + (how == AgendaStatus.MOVED ? "moved" : "carried over"));
        }
        if (reasonGiven.length() > REASON_LENGTH) {
            throw InvalidSubmission.of("reason", "The reason must be " + REASON_LENGTH + " characters or fewer");
        }
        close(how, reasonGiven, by, at);
    }

    void recordedFromTask(Instant at) {
        close(AgendaStatus.RECORDED_FROM_TASK, null, null, at);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    private void close(AgendaStatus how, String why, String by, Instant at) {
        if (status != AgendaStatus.WAITING) {
            throw InvalidSubmission.of("item", "This case is no longer waiting on this agenda: " + status.label().toLowerCase(java.util.Locale.UK) + ".");
        }
        this.status = how;
        this.reason = why;
        this.closedBy = by;
        this.closedAt = at;
    }

    public Long id() {
        return id;
    }

    public Meeting meeting() {
        return meeting;
    }

    public Concern concern() {
        return concern;
    }

    public String businessKey() {
        return concern.businessKey();
    }

    public int position() {
        return position;
    }

    public boolean urgent() {
        return urgent;
    }

    public AgendaStatus status() {
        return status;
    }

    public boolean isWaiting() {
        return status == AgendaStatus.WAITING;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public List<String> present() {
        return present == null || present.isEmpty() ? List.of() : Arrays.asList(present.split(","));
    }

    public Optional<String> closedBy() {
        return Optional.ofNullable(closedBy);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
