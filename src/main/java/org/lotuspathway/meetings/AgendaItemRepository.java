package org.lotuspathway.meetings;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingOrderByPositionAscIdAsc(Meeting meeting);

    List<AgendaItem> findByConcernOrderByPlacedAtAscIdAsc(Concern concern);

    Optional<AgendaItem> findFirstByConcernAndStatus(Concern concern, AgendaStatus status);

    long countByMeeting(Meeting meeting);
}
