package org.lotuspathway.learning;

import java.util.List;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Component;

/** The case page's lessons-learnt review and its improvement actions. */
@Component
class ReviewCaseSection implements CaseSection {

    private final Concerns concerns;
    private final LessonsReviewRepository reviews;

    ReviewCaseSection(Concerns concerns, LessonsReviewRepository reviews) {
        this.concerns = concerns;
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String template() {
        return "learning/case-section";
    }

    @Override
    public Part read(String businessKey) {
        List<LessonsReview> reviewed = reviews.findByConcernOrderByRecordedAtDesc(concerns.get(businessKey));
        return new Part(reviewed, reviewed.stream().map(r -> new TimelineEntry(r.recordedAt(), r.recordedBy(),
                "Lessons-learnt review recorded", r.actions().size() + " improvement action(s)",
                TimelineEntry.Kind.RECORD)).toList());
    }
}
