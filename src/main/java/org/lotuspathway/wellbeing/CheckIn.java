package org.lotuspathway.wellbeing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.lotuspathway.concern.CaseRecord;
import org.lotuspathway.concern.Concern;

/** A wellbeing check-in with the practitioner by their named contact. */
@Entity
@Table(name = "check_in")
public class CheckIn extends CaseRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckInReason reason;

    @Column(name = "checked_in_on", nullable = false)
    private LocalDate checkedInOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_method", nullable = false)
    private ContactMethod contactMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckInOutcome outcome;

    @Column(length = 8000)
    private String notes;

    @Column(name = "support_plan", length = 8000)
    private String supportPlan;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "check_in_signposting", joinColumns = @JoinColumn(name = "check_in_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service")
    private Set<SupportService> signposted = EnumSet.noneOf(SupportService.class);

    protected CheckIn() {
    }

    CheckIn(Concern concern, CheckInReason reason, CheckInAnswers answers, String recordedBy, Instant recordedAt) {
        super(concern, recordedBy, recordedAt);
        this.reason = reason;
        this.checkedInOn = answers.checkedInOn();
        this.contactMethod = answers.contactMethod();
        this.outcome = answers.outcome();
        this.notes = answers.notes();
        this.supportPlan = answers.supportPlan();
        if (answers.signposted() != null && !answers.signposted().isEmpty()) {
            this.signposted = EnumSet.copyOf(answers.signposted());
        }
    }

    public CheckInReason reason() {
        return reason;
    }

    public LocalDate checkedInOn() {
        return checkedInOn;
    }

    public ContactMethod contactMethod() {
        return contactMethod;
    }

    public CheckInOutcome outcome() {
        return outcome;
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    public Optional<String> supportPlan() {
        return Optional.ofNullable(supportPlan);
    }

    public Set<SupportService> signposted() {
        return Set.copyOf(signposted);
    }
}
