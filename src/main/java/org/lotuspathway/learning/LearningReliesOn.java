package org.lotuspathway.learning;

import java.util.List;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.ReliedOnStep;
import org.springframework.stereotype.Component;

/** The lessons library relies on the review before closure. */
@Component
class LearningReliesOn implements ReliedOn {

    @Override
    public List<ReliedOnStep> steps() {
        return List.of(ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.TASK_REVIEW_LESSONS, "userTask",
                        "Review the lessons learnt", "the lessons library: no case's lessons would be reviewed or shared")
                .recordedBy("recordLessonsReview").reading(ReviewAnswers.class));
    }
}
