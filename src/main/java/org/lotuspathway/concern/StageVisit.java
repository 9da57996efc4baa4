package org.lotuspathway.concern;

import java.time.Instant;

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

/** One stay of a case in a stage, from the moment it entered to the moment it moved on. */
@Entity
@Table(name = "stage_visit")
class StageVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "concern_id")
    private Concern concern;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected StageVisit() {
    }

    StageVisit(Concern concern, Stage stage, Instant enteredAt) {
        this.concern = concern;
        this.stage = stage;
        this.enteredAt = enteredAt;
    }

    void leave(Instant at) {
        this.leftAt = at;
    }

    boolean isOpen() {
        return leftAt == null;
    }

    Stage stage() {
        return stage;
    }
}
