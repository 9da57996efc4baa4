package org.lotuspathway.concern;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StepAnswersRepository extends JpaRepository<StepAnswers, Long> {

    List<StepAnswers> findByConcernOrderByRecordedAtAsc(Concern concern);
}
