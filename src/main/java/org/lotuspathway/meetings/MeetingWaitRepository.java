package org.lotuspathway.meetings;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingWaitRepository extends JpaRepository<MeetingWait, Long> {

    List<MeetingWait> findByPlacedAtIsNullOrderBySinceAsc();

    Optional<MeetingWait> findFirstByConcernAndPlacedAtIsNull(Concern concern);

    List<MeetingWait> findByConcernOrderBySinceAsc(Concern concern);
}
