package org.lotuspathway.concern;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcernRepository extends JpaRepository<Concern, Long> {

    // Written out, as the other lookups on the pathway's every step are: Hibernate keeps the translation of
    // a query's text, but translates again on every call a method-name query (built as a criteria query)
    // or one with an entity graph.
    @Query("select c from Concern c join fetch c.practitioner left join fetch c.areas where c.businessKey = :businessKey")
    Optional<Concern> findByBusinessKey(String businessKey);

    long countByPractitioner(Practitioner practitioner);

    @EntityGraph(attributePaths = {"practitioner", "areas"})
    List<Concern> findByPractitionerOrderByRaisedAtDesc(Practitioner practitioner);
}
