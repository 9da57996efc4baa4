package org.lotuspathway.meetings;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarationRepository extends JpaRepository<Declaration, Long> {

    Optional<Declaration> findByMeetingAndConcernAndUsername(Meeting meeting, Concern concern, String username);

    List<Declaration> findByMeetingAndConcernOrderByUsernameAsc(Meeting meeting, Concern concern);

    boolean existsByMeetingAndConcernAndUsernameAndInterestTrue(Meeting meeting, Concern concern, String username);
}
