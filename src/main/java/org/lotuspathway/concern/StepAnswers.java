package org.lotuspathway.concern;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A completed step that has no record type of its own (local resolution, interim action,
 * investigation, referrals, escalations): the answers are kept as the form gave them.
 */
@Entity
@Table(name = "case_step")
public class StepAnswers extends CaseRecord {

    @Column(name = "step_key", nullable = false)
    private String stepKey;

    @Column(name = "step_name", nullable = false)
    private String stepName;

    @Column(nullable = false, length = 40000)
    private String answers;

    protected StepAnswers() {
    }

    StepAnswers(Concern concern, String stepKey, String stepName, String answers, String recordedBy, Instant recordedAt) {
        super(concern, recordedBy, recordedAt);
        this.stepKey = stepKey;
        this.stepName = stepName;
        this.answers = answers;
    }

    public String stepKey() {
        return stepKey;
    }

    public String stepName() {
        return stepName;
    }

    /** The answers as JSON: key, question, value and the value as shown, in form order. */
    public String answers() {
        return answers;
    }
}
