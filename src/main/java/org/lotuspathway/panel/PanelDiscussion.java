package org.lotuspathway.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.lotuspathway.concern.CaseRecord;
import org.lotuspathway.concern.Concern;

/** One PAG/PSG discussion of a case and what it decided; a case may have several rounds. */
@Entity
@Table(name = "panel_discussion")
public class PanelDiscussion extends CaseRecord {

    @Column(nullable = false)
    private int round;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false)
    private MeetingType meetingType;

    @Column(nullable = false, length = 4000)
    private String attendees;

    @Column(name = "concerns_considered", nullable = false, length = 8000)
    private String concernsConsidered;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PanelDecision decision;

    @Column(nullable = false, length = 8000)
    private String reasons;

    @Column(name = "undertakings_or_conditions", length = 8000)
    private String undertakingsOrConditions;

    @Column(name = "next_steps", nullable = false, length = 8000)
    private String nextSteps;

    @Column(name = "next_review_by")
    private LocalDate nextReviewBy;

    /** The practitioner's update on this discussion is due by then (5 working days after the meeting). */
    @Column(name = "update_due", nullable = false)
    private Instant updateDue;

    protected PanelDiscussion() {
    }

    PanelDiscussion(Concern concern, int round, PanelAnswers answers, Instant updateDue, String recordedBy,
            Instant recordedAt) {
        super(concern, recordedBy, recordedAt);
        this.round = round;
        this.meetingDate = answers.meetingDate();
        this.meetingType = answers.meetingType();
        this.attendees = answers.attendees();
        this.concernsConsidered = answers.concernsConsidered();
        this.decision = answers.decision();
        this.reasons = answers.reasons();
        this.undertakingsOrConditions = answers.undertakingsOrConditions();
        this.nextSteps = answers.nextSteps();
        this.nextReviewBy = answers.nextReviewBy();
        this.updateDue = updateDue;
    }

    void postponeUpdate(java.time.Duration by) {
        this.updateDue = updateDue.plus(by);
    }

    public int round() {
        return round;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public MeetingType meetingType() {
        return meetingType;
    }

    public String attendees() {
        return attendees;
    }

    public String concernsConsidered() {
        return concernsConsidered;
    }

    public PanelDecision decision() {
        return decision;
    }

    public String reasons() {
        return reasons;
    }

    public Optional<String> undertakingsOrConditions() {
        return Optional.ofNullable(undertakingsOrConditions);
    }

    public String nextSteps() {
        return nextSteps;
    }

    public Optional<LocalDate> nextReviewBy() {
        return Optional.ofNullable(nextReviewBy);
    }

    public Instant updateDue() {
        return updateDue;
    }
}
