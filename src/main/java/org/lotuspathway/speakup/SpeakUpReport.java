package org.lotuspathway.speakup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;

/**
 * One report from someone speaking up, from receipt to screening's decision. On the anonymous
 * route the raiser's fields stay null for good, and only the access code's hash is kept.
 */
@Entity
@Table(name = "speak_up_report")
public class SpeakUpReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpeakUpRoute route;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "about_name", nullable = false)
    private String aboutName;

    @Enumerated(EnumType.STRING)
    @Column(name = "about_profession", nullable = false)
    private Profession aboutProfession;

    @Column(name = "about_workplace", nullable = false)
    private String aboutWorkplace;

    @Enumerated(EnumType.STRING)
    @Column(name = "about_register")
    private Register aboutRegister;

    @Column(name = "about_register_number")
    private String aboutRegisterNumber;

    @Column(name = "what_happened", nullable = false, length = NewReport.MAX_TEXT)
    private String whatHappened;

    @Column(name = "happened_on")
    private LocalDate happenedOn;

    @Column(name = "patients_at_risk_now", nullable = false)
    private boolean patientsAtRiskNow;

    @Column(name = "raiser_name")
    private String raiserName;

    @Column(name = "raiser_email")
    private String raiserEmail;

    @Column(name = "raiser_phone")
    private String raiserPhone;

    @Column(name = "raiser_role")
    private String raiserRole;

    @Column(name = "access_code_hash", unique = true)
    private String accessCodeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.RECEIVED;

    @Enumerated(EnumType.STRING)
    private ScreeningDecision outcome;

    @Column(name = "screened_by")
    private String screenedBy;

    @Column(name = "screened_at")
    private Instant screenedAt;

    @Column(name = "case_key")
    private String caseKey;

    @Version
    private long version;

    protected SpeakUpReport() {
    }

    SpeakUpReport(String reference, NewReport report, String accessCodeHash, Instant receivedAt) {
        this.reference = reference;
        this.route = report.route();
        this.receivedAt = receivedAt;
        this.aboutName = report.about().name().strip();
        this.aboutProfession = report.about().profession();
        this.aboutWorkplace = report.about().workplace().strip();
        this.aboutRegister = report.about().register();
        this.aboutRegisterNumber = blankToNull(report.about().registerNumber());
        this.whatHappened = report.whatHappened().strip();
        this.happenedOn = report.happenedOn();
        this.patientsAtRiskNow = Boolean.TRUE.equals(report.patientsAtRiskNow());
        if (route.keepsIdentity()) {
            this.raiserName = report.raiser().name().strip();
            this.raiserEmail = blankToNull(report.raiser().email());
            this.raiserPhone = blankToNull(report.raiser().phone());
            this.raiserRole = blankToNull(report.raiser().role());
        }
        this.accessCodeHash = accessCodeHash;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void askedAQuestion() {
        requireOpen();
        status = ReportStatus.QUESTION_ASKED;
    }

    void answered() {
        requireOpen();
        status = ReportStatus.ANSWERED;
    }

    void accept(String caseKey, String by, Instant at) {
        requireOpen();
        this.caseKey = caseKey;
        decided(ScreeningDecision.ACCEPT, ReportStatus.ACCEPTED, by, at);
    }

    void close(String by, Instant at) {
        requireOpen();
        decided(ScreeningDecision.CLOSE, ReportStatus.CLOSED, by, at);
    }

    private void decided(ScreeningDecision decision, ReportStatus next, String by, Instant at) {
        this.outcome = decision;
        this.status = next;
        this.screenedBy = by;
        this.screenedAt = at;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException(reference + " has been screened already");
        }
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public SpeakUpRoute route() {
        return route;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String aboutName() {
        return aboutName;
    }

    public Profession aboutProfession() {
        return aboutProfession;
    }

    public String aboutWorkplace() {
        return aboutWorkplace;
    }

    public Optional<Register> aboutRegister() {
        return Optional.ofNullable(aboutRegister);
    }

    public Optional<String> aboutRegisterNumber() {
        return Optional.ofNullable(aboutRegisterNumber);
    }

    public String whatHappened() {
        return whatHappened;
    }

    public Optional<LocalDate> happenedOn() {
        return Optional.ofNullable(happenedOn);
    }

    public boolean patientsAtRiskNow() {
        return patientsAtRiskNow;
    }

    public Optional<String> raiserName() {
        return Optional.ofNullable(raiserName);
    }

    public Optional<String> raiserEmail() {
        return Optional.ofNullable(raiserEmail);
    }

    public Optional<String> raiserPhone() {
        return Optional.ofNullable(raiserPhone);
    }

    public Optional<String> raiserRole() {
        return Optional.ofNullable(raiserRole);
    }

    public ReportStatus status() {
        return status;
    }

    public Optional<ScreeningDecision> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> caseKey() {
        return Optional.ofNullable(caseKey);
    }

    String accessCodeHash() {
        return accessCodeHash;
    }
}
