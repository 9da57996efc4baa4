package org.lotuspathway.updates;

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

/** An update sent to the practitioner: after a panel discussion (Appendix 5) or at closure. */
@Entity
@Table(name = "practitioner_update")
public class PractitionerUpdate extends CaseRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UpdateKind kind;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(name = "concerns_considered", length = 8000)
    private String concernsConsidered;

    @Column(nullable = false, length = 8000)
    private String outcome;

    @Column(length = 8000)
    private String reasons;

    @Column(name = "next_steps", length = 8000)
    private String nextSteps;

    @Column(name = "by_when")
    private LocalDate byWhen;

    @Column(name = "undertakings_or_conditions", length = 8000)
    private String undertakingsOrConditions;

    @Column(name = "right_to_respond", length = 4000)
    private String rightToRespond;

    @Column(name = "named_contact", nullable = false)
    private String namedContact;

    @Column(length = 4000)
    private String support;

    /** When it was due, if it had a deadline; sent = recorded. */
    @Column(name = "due_at")
    private Instant dueAt;

    /** The letter as the practitioner received it (escaped XHTML). */
    @Column(length = 60000)
    private String letter;

    /** The letter's title as the practitioner saw it; null on letters sent before titles were kept. */
    @Column(length = 200)
    private String title;

    /**
     * The letter as printed just after it was sent (written by LetterPrinting, never by this entity);
     * null until then, and on letters sent before printed letters were kept.
     */
    @Column(name = "pdf", insertable = false, updatable = false)
    private byte[] pdf;

    protected PractitionerUpdate() {
    }

    static PractitionerUpdate afterPanel(Concern concern, UpdateAnswers answers, Instant dueAt, String sentBy,
            Instant sentAt) {
        PractitionerUpdate update = new PractitionerUpdate(concern, UpdateKind.PANEL_OUTCOME, answers.outcome(),
                answers.namedContact(), sentBy, sentAt);
        update.meetingDate = answers.meetingDate();
        update.concernsConsidered = answers.concernsConsidered();
        update.reasons = answers.reasons();
        update.nextSteps = answers.nextSteps();
        update.byWhen = answers.byWhen();
        update.undertakingsOrConditions = answers.undertakingsOrConditions();
        update.rightToRespond = answers.rightToRespond();
        update.support = answers.support();
        update.dueAt = dueAt;
        return update;
    }

    static PractitionerUpdate atClosure(Concern concern, ClosureAnswers answers, String sentBy, Instant sentAt) {
        return new PractitionerUpdate(concern, UpdateKind.CLOSURE, answers.finalMessage(), answers.namedContact(),
                sentBy, sentAt);
    }

    private PractitionerUpdate(Concern concern, UpdateKind kind, String outcome, String namedContact, String sentBy,
            Instant sentAt) {
        super(concern, sentBy, sentAt);
        this.kind = kind;
        this.outcome = outcome;
        this.namedContact = namedContact;
    }

    /** The letter as sent; its PDF is kept once printed, just after ({@link LetterPrinting}). */
    void keepLetter(String title, String written) {
        this.title = title;
        this.letter = written;
    }

    /** The PDF printed when the letter was sent, once it has been printed and kept. */
    Optional<byte[]> printed() {
        return Optional.ofNullable(pdf).map(byte[]::clone);
    }

    /** What the letter is, such as "Update after the panel on 4 December 2026". */
    public String title() {
        return title != null ? title : LetterTitles.of(kind, meetingDate, 1);
    }

    public String letter() {
        return letter;
    }

    public boolean wasLate() {
        return dueAt != null && recordedAt().isAfter(dueAt);
    }

    public UpdateKind kind() {
        return kind;
    }

    public Optional<LocalDate> meetingDate() {
        return Optional.ofNullable(meetingDate);
    }

    public Optional<String> concernsConsidered() {
        return Optional.ofNullable(concernsConsidered);
    }

    public String outcome() {
        return outcome;
    }

    public Optional<String> reasons() {
        return Optional.ofNullable(reasons);
    }

    public Optional<String> nextSteps() {
        return Optional.ofNullable(nextSteps);
    }

    public Optional<LocalDate> byWhen() {
        return Optional.ofNullable(byWhen);
    }

    public Optional<String> undertakingsOrConditions() {
        return Optional.ofNullable(undertakingsOrConditions);
    }

    public Optional<String> rightToRespond() {
        return Optional.ofNullable(rightToRespond);
    }

    public String namedContact() {
        return namedContact;
    }

    public Optional<String> support() {
        return Optional.ofNullable(support);
    }

    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    public Instant sentAt() {
        return recordedAt();
    }
}
