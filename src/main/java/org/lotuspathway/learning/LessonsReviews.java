package org.lotuspathway.learning;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LessonsReviews {

    private final Concerns concerns;
    private final LessonsReviewRepository reviews;
    private final PathwayClock clock;

    LessonsReviews(Concerns concerns, LessonsReviewRepository reviews, PathwayClock clock) {
        this.concerns = concerns;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Transactional
    public LessonsReview review(String businessKey, ReviewAnswers answers, String recordedBy) {
        return reviews.save(new LessonsReview(concerns.get(businessKey), answers, recordedBy, clock.now()));
    }
}
