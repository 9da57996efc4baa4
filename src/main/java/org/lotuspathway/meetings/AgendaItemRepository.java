package org.lotuspathway.meetings;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingOrderByPositionAscIdAsc(Meeting meeting);

    List<AgendaItem> findByConcernOrderByPlacedAtAscIdAsc(Concern concern);

    Optional<AgendaItem> findFirstByConcernAndStatus(Concern concern, AgendaStatus status);

    long countByMeeting(Meeting meeting);

    /**
     * Whether the case is on the agenda of a meeting the user sits on, without an interest declared in
     * it there. A case moved to another meeting has left that agenda: moving it is how a case is kept
     * from a meeting's members.
     */
    @Query("""
            select count(i) > 0 from AgendaItem i where i.concern.businessKey = :businessKey
              and i.status <> org.lotuspathway.meetings.AgendaStatus.MOVED
              and exists (select m from MeetingMember m where m.meeting = i.meeting and m.username = :username)
              and not exists (select d from Declaration d where d.meeting = i.meeting and d.concern = i.concern
                              and d.username = :username and d.interest = true)""")
    boolean onAnAgendaOf(@Param("username") String username, @Param("businessKey") String businessKey);

    /** Whether the case is waiting on any meeting's agenda. */
    @Query("select count(i) > 0 from AgendaItem i where i.concern.businessKey = :businessKey and i.status = :status")
    boolean anyWith(@Param("businessKey") String businessKey, @Param("status") AgendaStatus status);
}
