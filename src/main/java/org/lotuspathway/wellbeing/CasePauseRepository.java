package org.lotuspathway.wellbeing;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CasePauseRepository extends JpaRepository<CasePause, Long> {

    List<CasePause> findByConcernOrderByRecordedAtAsc(Concern concern);

    Optional<CasePause> findFirstByConcernAndResumedAtIsNull(Concern concern);
}
