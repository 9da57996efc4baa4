package org.lotuspathway.triage;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TriageAssessmentRepository extends JpaRepository<TriageAssessment, Long> {

    Optional<TriageAssessment> findFirstByConcernOrderByRecordedAtDescIdDesc(Concern concern);

    List<TriageAssessment> findByConcernOrderByRecordedAtAsc(Concern concern);
}
