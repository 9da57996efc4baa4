package org.lotuspathway.concern;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcernRepository extends JpaRepository<Concern, Long> {

    @EntityGraph(attributePaths = {"practitioner", "areas"})
    Optional<Concern> findByBusinessKey(String businessKey);

    long countByPractitioner(Practitioner practitioner);

    boolean existsByBusinessKey(String businessKey);

    @EntityGraph(attributePaths = {"practitioner", "areas"})
    List<Concern> findByPractitionerOrderByRaisedAtDesc(Practitioner practitioner);
}
