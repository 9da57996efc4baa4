package org.lotuspathway.learning;

import java.util.List;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonsReviewRepository extends JpaRepository<LessonsReview, Long> {

    /** Newest first; a case normally has one review. */
    @EntityGraph(attributePaths = "actions")
    List<LessonsReview> findByConcernOrderByRecordedAtDesc(Concern concern);
}
