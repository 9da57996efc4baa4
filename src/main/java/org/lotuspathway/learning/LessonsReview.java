package org.lotuspathway.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.lotuspathway.concern.CaseRecord;
import org.lotuspathway.concern.Concern;

/** Appendix 4: what the case teaches, recorded before it closes. */
@Entity
@Table(name = "lessons_review")
public class LessonsReview extends CaseRecord {

    @Column(name = "went_well", nullable = false, length = 8000)
    private String wentWell;

    @Column(name = "did_not_go_well", nullable = false, length = 8000)
    private String didNotGoWell;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_contributory_factor", joinColumns = @JoinColumn(name = "review_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "factor")
    private Set<SeipsFactor> contributoryFactors = EnumSet.noneOf(SeipsFactor.class);

    @Column(name = "contributory_notes", length = 8000)
    private String contributoryNotes;

    @Column(name = "practitioner_experience", nullable = false, length = 8000)
    private String practitionerExperience;

    @Column(name = "equality_review", nullable = false, length = 8000)
    private String equalityReview;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_theme", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "theme")
    private Set<String> themes = new LinkedHashSet<>();

    @Column(name = "sharing_plan", nullable = false, length = 8000)
    private String sharingPlan;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn")
    private List<ImprovementAction> actions = new ArrayList<>();

    /** The free text and the actions' descriptions as an anonymised reader sees them, for their searches. */
    @Column(name = "anonymised_text", length = 100000)
    private String anonymisedText;

    protected LessonsReview() {
    }

    /** {@code themes}: the codes of the themes chosen, as the managed list has them now. */
    LessonsReview(Concern concern, ReviewAnswers answers, Set<String> themes, String recordedBy, Instant recordedAt) {
        super(concern, recordedBy, recordedAt);
        this.wentWell = answers.wentWell();
        this.didNotGoWell = answers.didNotGoWell();
        if (answers.contributoryFactors() != null && !answers.contributoryFactors().isEmpty()) {
            this.contributoryFactors = EnumSet.copyOf(answers.contributoryFactors());
        }
        this.contributoryNotes = answers.contributoryNotes();
        this.practitionerExperience = answers.practitionerExperience();
        this.equalityReview = answers.equalityReview();
        this.themes = new LinkedHashSet<>(themes);
        this.sharingPlan = answers.sharingPlan();
        answers.actions().forEach(action -> actions.add(new ImprovementAction(this, action)));
        this.anonymisedText = AnonymisedSearchText.of(concern.practitioner().name(), concern.practitioner().registerNumber(),
                List.of(wentWell, didNotGoWell, contributoryNotes == null ? "" : contributoryNotes, practitionerExperience,
                        equalityReview, sharingPlan),
                answers.actions().stream().map(ReviewAnswers.Action::description).toList());
    }

    public String wentWell() {
        return wentWell;
    }

    public String didNotGoWell() {
        return didNotGoWell;
    }

    public Set<SeipsFactor> contributoryFactors() {
        return Set.copyOf(contributoryFactors);
    }

    public Optional<String> contributoryNotes() {
        return Optional.ofNullable(contributoryNotes);
    }

    public String practitionerExperience() {
        return practitionerExperience;
    }

    public String equalityReview() {
        return equalityReview;
    }

    public Set<String> themes() {
        return Set.copyOf(themes);
    }

    public String sharingPlan() {
        return sharingPlan;
    }

    public List<ImprovementAction> actions() {
        return List.copyOf(actions);
    }
}
