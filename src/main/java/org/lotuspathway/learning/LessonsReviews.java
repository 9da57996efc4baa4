package org.lotuspathway.learning;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LessonsReviews {

    private final Concerns concerns;
    private final LessonsReviewRepository reviews;
    private final LearningThemes themes;
    private final ActionOwners owners;
    private final PathwayClock clock;

    LessonsReviews(Concerns concerns, LessonsReviewRepository reviews, LearningThemes themes, ActionOwners owners,
            PathwayClock clock) {
        this.concerns = concerns;
        this.reviews = reviews;
        this.themes = themes;
        this.owners = owners;
        this.clock = clock;
    }

    /** Records the review; each action's owner who is a user here is reminded of it as it falls due. */
    @Transactional
    public LessonsReview review(String businessKey, ReviewAnswers answers, String recordedBy) {
        LessonsReview review = new LessonsReview(concerns.get(businessKey), answers,
                themes.canonical(answers.learningThemes()), recordedBy, clock.now());
        review.actions().forEach(action -> owners.userNamed(action.owner()).ifPresent(action::ownedBy));
        return reviews.save(review);
    }
}
