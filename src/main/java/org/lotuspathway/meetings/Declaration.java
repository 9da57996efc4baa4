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

/** A member's declaration about one case on a meeting's agenda: an interest in it, or none. */
@Entity
@Table(name = "meeting_declaration")
public class Declaration {

    static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "concern_id")
    private Concern concern;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false)
    private boolean interest;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected Declaration() {
    }

    Declaration(Meeting meeting, Concern concern, String username) {
        this.meeting = meeting;
        this.concern = concern;
        this.username = username;
    }

    void declare(boolean anInterest, String what, Instant at) {
        this.interest = anInterest;
        this.detail = anInterest ? what : null;
        this.declaredAt = at;
    }

    public String username() {
        return username;
    }

    public boolean interest() {
        return interest;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Instant declaredAt() {
        return declaredAt;
    }
}
