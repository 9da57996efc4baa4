package org.lotuspathway.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The aggregate: one concern about one practitioner, from receipt to closure. */
@Entity
@Table(name = "concern")
public class Concern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_key", nullable = false, unique = true)
    private String businessKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id")
    private Practitioner practitioner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernSource source;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "concern_area", joinColumns = @JoinColumn(name = "concern_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area")
    private Set<ConcernArea> areas = EnumSet.noneOf(ConcernArea.class);

    @Column(nullable = false, length = 8000)
    private String summary;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "raised_by", nullable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    /** The practitioner's point of contact on the team. */
    @Column(name = "case_manager", nullable = false)
    private String caseManager;

    /** While set, the case clock is stopped: the practitioner is being supported. */
    @Column(name = "paused_since")
    private Instant pausedSince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage = Stage.TRIAGE;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_band")
    private RiskBand riskBand;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closure_summary", length = 8000)
    private String closureSummary;

    /** Every stay in a stage, for the time cases spend in each (insights). */
    @OneToMany(mappedBy = "concern", cascade = CascadeType.PERSIST)
    @OrderBy("enteredAt")
    private List<StageVisit> visits = new ArrayList<>();

    @Version
    private long version;

    protected Concern() {
    }

    public Concern(String businessKey, Practitioner practitioner, ConcernSource source, Set<ConcernArea> areas,
            String summary, LocalDate receivedOn, String raisedBy, Instant raisedAt) {
        this.businessKey = businessKey;
        this.practitioner = practitioner;
        this.source = source;
        this.areas = EnumSet.copyOf(areas);
        this.summary = summary;
        this.receivedOn = receivedOn;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.caseManager = raisedBy;
    }

    /**
     * Moves the case to a stage; a closed case stays closed. The stay in the stage before ends
     * then; entering the stage the case is already in continues the same stay.
     */
    public void enter(Stage next, Instant at) {
        if (isClosed()) {
            throw new IllegalStateException(businessKey + " is closed");
        }
        Optional<StageVisit> current = openVisit();
        if (current.isEmpty() || current.get().stage() != next) {
            current.ifPresent(visit -> visit.leave(at));
            visits.add(new StageVisit(this, next, at));
        }
        this.stage = next;
    }

    public void pause(Instant at) {
        if (isClosed()) {
            throw new IllegalStateException(businessKey + " is closed");
        }
        if (isPaused()) {
            throw new IllegalStateException(businessKey + " is already paused");
        }
        this.pausedSince = at;
    }

    /** Ends the pause; returns how long the clock was stopped. */
    public java.time.Duration resume(Instant at) {
        if (!isPaused()) {
            throw new IllegalStateException(businessKey + " is not paused");
        }
        java.time.Duration paused = java.time.Duration.between(pausedSince, at);
        this.pausedSince = null;
        return paused;
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public Optional<Instant> pausedSince() {
        return Optional.ofNullable(pausedSince);
    }

    public String caseManager() {
        return caseManager;
    }

    public void stratify(RiskBand band) {
        this.riskBand = band;
    }

    public void close(LocalDate on, String summary, Instant at) {
        if (isClosed()) {
            throw new IllegalStateException(businessKey + " is already closed");
        }
        if (on.isBefore(receivedOn)) {
            throw new IllegalArgumentException("A case cannot close before the concern was received");
        }
        openVisit().ifPresent(visit -> visit.leave(at));
        this.stage = Stage.CLOSED;
        this.closedOn = on;
        this.closureSummary = summary;
    }

    public boolean isClosed() {
        return stage == Stage.CLOSED;
    }

    private Optional<StageVisit> openVisit() {
        return visits.stream().filter(StageVisit::isOpen).reduce((first, second) -> second);
    }

    public Long id() {
        return id;
    }

    public String businessKey() {
        return businessKey;
    }

    public Practitioner practitioner() {
        return practitioner;
    }

    public ConcernSource source() {
        return source;
    }

    public Set<ConcernArea> areas() {
        return Set.copyOf(areas);
    }

    public String summary() {
        return summary;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Stage stage() {
        return stage;
    }

    public Optional<RiskBand> riskBand() {
        return Optional.ofNullable(riskBand);
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public Optional<String> closureSummary() {
        return Optional.ofNullable(closureSummary);
    }
}
