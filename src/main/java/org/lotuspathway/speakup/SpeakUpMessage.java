package org.lotuspathway.speakup;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A question or message from the team, or an answer from the raiser, on one report. */
@Entity
@Table(name = "speak_up_message")
public class SpeakUpMessage {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private SpeakUpReport report;

    @Column(name = "from_team", nullable = false)
    private boolean fromTeam;

    @Column(name = "written_by")
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    protected SpeakUpMessage() {
    }

    private SpeakUpMessage(SpeakUpReport report, boolean fromTeam, String writtenBy, Instant writtenAt, String text) {
        this.report = report;
        this.fromTeam = fromTeam;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    static SpeakUpMessage fromTeam(SpeakUpReport report, String writtenBy, Instant at, String text) {
        return new SpeakUpMessage(report, true, writtenBy, at, text);
    }

    static SpeakUpMessage fromRaiser(SpeakUpReport report, Instant at, String text) {
        return new SpeakUpMessage(report, false, null, at, text);
    }

    /** An answer the raiser gave by email or phone, written in by someone on the team. */
    static SpeakUpMessage recordedFor(SpeakUpReport report, String recordedBy, Instant at, String text) {
        return new SpeakUpMessage(report, false, recordedBy, at, text);
    }

    public Long id() {
        return id;
    }

    public boolean fromTeam() {
        return fromTeam;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }
}
