package org.lotuspathway.wellbeing;

import java.util.List;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByConcernOrderByRecordedAtAsc(Concern concern);
}
