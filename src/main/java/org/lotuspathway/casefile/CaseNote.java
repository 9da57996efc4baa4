package org.lotuspathway.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.lotuspathway.concern.CaseRecord;
import org.lotuspathway.concern.Concern;

/** A note the case team wrote on a case: who, when, what. Never shown to the practitioner; never changed. */
@Entity
@Table(name = "case_note")
public class CaseNote extends CaseRecord {

    /** The longest note kept. */
    static final int MAX_LENGTH = 4000;

    @Column(nullable = false, length = MAX_LENGTH)
    private String text;

    protected CaseNote() {
    }

    CaseNote(Concern concern, String text, String recordedBy, Instant recordedAt) {
        super(concern, recordedBy, recordedAt);
        this.text = text;
    }

    public String text() {
        return text;
    }
}
