package org.lotuspathway.updates;

import java.time.LocalDate;
import java.util.List;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PractitionerUpdateRepository extends JpaRepository<PractitionerUpdate, Long> {

    List<PractitionerUpdate> findByConcernOrderByRecordedAtAsc(Concern concern);

    long countByConcernAndKindAndMeetingDate(Concern concern, UpdateKind kind, LocalDate meetingDate);
}
