package org.lotuspathway.meetings;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeclarationRepository extends JpaRepository<Declaration, Long> {

    Optional<Declaration> findByMeetingAndConcernAndUsername(Meeting meeting, Concern concern, String username);

    List<Declaration> findByMeetingAndConcernOrderByUsernameAsc(Meeting meeting, Concern concern);

    boolean existsByMeetingAndConcernAndUsernameAndInterestTrue(Meeting meeting, Concern concern, String username);

    /** Whether the user declared an interest in the case at any meeting. */
    @Query("""
            select count(d) > 0 from Declaration d where d.concern.businessKey = :businessKey
              and d.username = :username and d.interest = true""")
    boolean anyInterest(@Param("username") String username, @Param("businessKey") String businessKey);
}
