package org.lotuspathway.modeler;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record of running cases moved onto a newer version of a process: who, when, which, and what could not move. */
@Entity
@Table(name = "case_move")
public class CaseMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "moved_by", nullable = false)
    private String movedBy;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    @Column(name = "process_key", nullable = false)
    private String processKey;

    /** The versions the cases came from (process definition ids, comma-separated). */
    @Column(name = "from_definition", nullable = false, length = 4000)
    private String fromDefinition;

    @Column(name = "to_definition", nullable = false)
    private String toDefinition;

    @Column(name = "cases_moved", nullable = false)
    private int casesMoved;

    @Column(name = "cases_left", nullable = false)
    private int casesLeft;

    @Column(nullable = false, length = 20000)
    private String detail;

    protected CaseMove() {
    }

    CaseMove(String movedBy, Instant movedAt, String processKey, String fromDefinition, String toDefinition,
            int casesMoved, int casesLeft, String detail) {
        this.movedBy = movedBy;
        this.movedAt = movedAt;
        this.processKey = processKey;
        this.fromDefinition = fromDefinition;
        this.toDefinition = toDefinition;
        this.casesMoved = casesMoved;
        this.casesLeft = casesLeft;
        this.detail = detail;
    }

    public String movedBy() {
        return movedBy;
    }

    public Instant movedAt() {
        return movedAt;
    }

    public String processKey() {
        return processKey;
    }

    public int casesMoved() {
        return casesMoved;
    }

    public int casesLeft() {
        return casesLeft;
    }

    public String detail() {
        return detail;
    }
}
