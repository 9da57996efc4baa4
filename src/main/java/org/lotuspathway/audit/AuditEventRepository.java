package org.lotuspathway.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit log's only door to the database: add a line, and read. Deliberately a bare
 * {@link Repository}, not a {@code JpaRepository}, so that no delete or update method exists.
 */
public interface AuditEventRepository extends Repository<AuditEvent, Long>, AuditEventSearch {

    AuditEvent save(AuditEvent event);

    /** A case's lines, oldest first. */
    List<AuditEvent> findByBusinessKeyOrderByIdAsc(String businessKey);

    /** Someone's lines, oldest first. */
    List<AuditEvent> findByActorOrderByIdAsc(String actor);

    /** The case a letter (a practitioner update) belongs to. */
    @Query("select u.concern.businessKey from PractitionerUpdate u where u.id = :updateId")
    Optional<String> businessKeyOfLetter(@Param("updateId") long updateId);
}
