package org.lotuspathway.meetings;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** Meetings yet to start, soonest first. */
    List<Meeting> findByStartsAtAfterOrderByStartsAtAsc(Instant after);

    List<Meeting> findAllByOrderByStartsAtDesc();

    @Query("select m from Meeting m join m.members member where member.username = :username order by m.startsAt desc")
    List<Meeting> sittingOn(@Param("username") String username);

    /** The chair of the latest meeting that had one: the group's usual chair. */
    @Query("select member.username from MeetingMember member where member.role = org.lotuspathway.meetings.MeetingRole.CHAIR"
            + " order by member.meeting.startsAt desc limit 1")
    List<String> usualChair();
}
