package org.lotuspathway.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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

    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int OWNER_LENGTH = 200;
    public static final int WHAT_CHANGED_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private LessonsReview review;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, length = OWNER_LENGTH)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.OPEN;

    /** The user the owner's text names, if it names one: they are reminded as the due date nears. */
    @Column(name = "owner_user_id")
    private String ownerUserId;

    @Column(name = "status_changed_by")
    private String statusChangedBy;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    /** How the learning was taken forward: what changed as a result (recommendation 9), and when that was recorded. */
    @Column(name = "what_changed", length = WHAT_CHANGED_LENGTH)
    private String whatChanged;

    @Column(name = "what_changed_on")
    private LocalDate whatChangedOn;

    protected ImprovementAction() {
    }

    ImprovementAction(LessonsReview review, ReviewAnswers.Action action) {
        this.review = review;
        this.description = action.description();
        this.owner = action.owner();
        this.dueOn = action.dueOn();
    }

    void ownedBy(String userId) {
        this.ownerUserId = userId;
    }

    void handTo(String userId, String name) {
        this.ownerUserId = userId;
        this.owner = name;
    }

    void changeStatus(ActionStatus next, String by, Instant at) {
        this.status = next;
        this.statusChangedBy = by;
        this.statusChangedAt = at;
    }

    void recordWhatChanged(String text, LocalDate on) {
        this.whatChanged = text;
        this.whatChangedOn = on;
    }

    public Optional<String> whatChanged() {
        return Optional.ofNullable(whatChanged);
    }

    public Optional<LocalDate> whatChangedOn() {
        return Optional.ofNullable(whatChangedOn);
    }

    /** Not done, and its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status != ActionStatus.DONE && dueOn.isBefore(today);
    }

    public Optional<String> ownerUserId() {
        return Optional.ofNullable(ownerUserId);
    }

    public Optional<String> statusChangedBy() {
        return Optional.ofNullable(statusChangedBy);
    }

    public Optional<Instant> statusChangedAt() {
        return Optional.ofNullable(statusChangedAt);
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
