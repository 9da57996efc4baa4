package org.lotuspathway.learning;

import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonsReviewRepository extends JpaRepository<LessonsReview, Long> {

    @EntityGraph(attributePaths = "actions")
    Optional<LessonsReview> findFirstByConcernOrderByRecordedAtDesc(Concern concern);
}
