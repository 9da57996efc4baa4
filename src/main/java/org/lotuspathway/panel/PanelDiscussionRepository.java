package org.lotuspathway.panel;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelDiscussionRepository extends JpaRepository<PanelDiscussion, Long> {

    long countByConcern(Concern concern);

    Optional<PanelDiscussion> findFirstByConcernOrderByRoundDesc(Concern concern);

    java.util.List<PanelDiscussion> findByConcernAndMeetingDateOrderByRoundDesc(Concern concern, java.time.LocalDate meetingDate);

    List<PanelDiscussion> findByConcernOrderByRoundAsc(Concern concern);
}
