package org.lotuspathway.concern;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseStepRepository extends JpaRepository<CaseStep, Long> {

    List<CaseStep> findByConcernOrderByRecordedAtAsc(Concern concern);
}
