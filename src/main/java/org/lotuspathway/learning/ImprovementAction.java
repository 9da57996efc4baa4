package org.lotuspathway.learning;

import java.time.LocalDate;

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

/** A system improvement a review commits to, with an owner and a due date. */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private LessonsReview review;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(nullable = false)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.OPEN;

    protected ImprovementAction() {
    }

    ImprovementAction(LessonsReview review, ReviewAnswers.Action action) {
        this.review = review;
        this.description = action.description();
        this.owner = action.owner();
        this.dueOn = action.dueOn();
    }

    public Long id() {
        return id;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return status;
    }
}
