package org.lotuspathway.triage;

import java.time.Instant;
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
import org.lotuspathway.concern.RiskBand;

/** Appendix 2: the initial triage and risk stratification of a concern. */
@Entity
@Table(name = "triage_assessment")
public class TriageAssessment extends CaseRecord {

    private int likelihood;
    private int impact;

    @Column(name = "immediate_risk")
    private boolean immediateRisk;

    @Column(name = "immediate_risk_details", length = 4000)
    private String immediateRiskDetails;

    @Column(name = "previous_concerns")
    private boolean previousConcerns;

    @Column(name = "previous_concerns_details", length = 4000)
    private String previousConcernsDetails;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Insight insight;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "triage_context_factor", joinColumns = @JoinColumn(name = "triage_assessment_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "factor")
    private Set<ContextFactor> contextFactors = EnumSet.noneOf(ContextFactor.class);

    @Column(name = "context_notes", length = 4000)
    private String contextNotes;

    @Column(name = "wellbeing_concern")
    private boolean wellbeingConcern;

    @Column(name = "wellbeing_notes", length = 4000)
    private String wellbeingNotes;

    @Column(name = "triage_notes", nullable = false, length = 8000)
    private String triageNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_band")
    private RiskBand riskBand;

    @Enumerated(EnumType.STRING)
    private Route route;

    protected TriageAssessment() {
    }

    TriageAssessment(Concern concern, TriageAnswers answers, String recordedBy, Instant recordedAt) {
        super(concern, recordedBy, recordedAt);
        this.likelihood = answers.likelihood();
        this.impact = answers.impact();
        this.immediateRisk = answers.immediateRisk();
        this.immediateRiskDetails = answers.immediateRiskDetails();
        this.previousConcerns = answers.previousConcerns();
        this.previousConcernsDetails = answers.previousConcernsDetails();
        this.insight = answers.insight();
        if (answers.contextFactors() != null && !answers.contextFactors().isEmpty()) {
            this.contextFactors = EnumSet.copyOf(answers.contextFactors());
        }
        this.contextNotes = answers.contextNotes();
        this.wellbeingConcern = answers.wellbeingConcern();
        this.wellbeingNotes = answers.wellbeingNotes();
        this.triageNotes = answers.triageNotes();
    }

    void stratify(RiskBand band, Route route) {
        this.riskBand = band;
        this.route = route;
    }

    /** On the NHS 5x5 matrix: likelihood of recurrence times impact on patient safety. */
    public int riskScore() {
        return likelihood * impact;
    }

    public int likelihood() {
        return likelihood;
    }

    public int impact() {
        return impact;
    }

    public boolean immediateRisk() {
        return immediateRisk;
    }

    public Optional<String> immediateRiskDetails() {
        return Optional.ofNullable(immediateRiskDetails);
    }

    public boolean previousConcerns() {
        return previousConcerns;
    }

    public Optional<String> previousConcernsDetails() {
        return Optional.ofNullable(previousConcernsDetails);
    }

    public Insight insight() {
        return insight;
    }

    public Set<ContextFactor> contextFactors() {
        return Set.copyOf(contextFactors);
    }

    /** The factors in the form's order, in its words. */
    public java.util.List<String> contextFactorLabels() {
        return contextFactors.stream().sorted().map(ContextFactor::label).toList();
    }

    public Optional<String> contextNotes() {
        return Optional.ofNullable(contextNotes);
    }

    public boolean wellbeingConcern() {
        return wellbeingConcern;
    }

    public Optional<String> wellbeingNotes() {
        return Optional.ofNullable(wellbeingNotes);
    }

    public String triageNotes() {
        return triageNotes;
    }

    public Optional<RiskBand> riskBand() {
        return Optional.ofNullable(riskBand);
    }

    public Optional<Route> route() {
        return Optional.ofNullable(route);
    }
}
