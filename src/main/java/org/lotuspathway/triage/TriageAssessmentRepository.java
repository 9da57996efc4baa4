package org.lotuspathway.triage;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TriageAssessmentRepository extends JpaRepository<TriageAssessment, Long> {

    // written out, as ConcernRepository.findByBusinessKey says why
    @Query("select t from TriageAssessment t where t.concern = :concern order by t.recordedAt desc, t.id desc limit 1")
    Optional<TriageAssessment> findFirstByConcernOrderByRecordedAtDescIdDesc(Concern concern);

    List<TriageAssessment> findByConcernOrderByRecordedAtAsc(Concern concern);
}
