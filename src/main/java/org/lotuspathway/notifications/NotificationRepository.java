package org.lotuspathway.notifications;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table. Every change of state after queuing is one conditional UPDATE in its own
 * transaction, so that of two senders only one wins a row, and a row one sender has given up on
 * (its lease ran out) can be taken by another. Public so that other features' tests can read what
 * they queued; only this package changes rows.
 */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByEventKeyAndRecipientUser(String eventKey, String recipientUser);

    List<Notification> findByEventKeyStartingWithOrderById(String prefix);

    /** Due now: waiting and its next attempt has come, or claimed by a sender whose lease has run out. */
    @Query("""
            select n.id from Notification n
            where (n.status = PENDING and (n.nextAttemptAt is null or n.nextAttemptAt <= :now))
               or (n.status = SENDING and n.leaseUntil <= :now)
            order by n.id""")
    List<Long> findDue(Instant now, Pageable batch);

    /** Takes a due row for one sender until {@code leaseUntil}; answers 1 if this sender won it, else 0. */
    @Modifying
    @Transactional
    @Query("""
            update Notification n set n.status = SENDING, n.leaseUntil = :leaseUntil
            where n.id = :id
              and ((n.status = PENDING and (n.nextAttemptAt is null or n.nextAttemptAt <= :now))
                or (n.status = SENDING and n.leaseUntil <= :now))""")
    int claim(long id, Instant now, Instant leaseUntil);

    @Modifying
    @Transactional
    @Query("""
            update Notification n set n.status = SENT, n.sentAt = :now, n.attempts = n.attempts + 1,
                n.leaseUntil = null, n.nextAttemptAt = null
            where n.id = :id and n.status = SENDING""")
    int markSent(long id, Instant now);

    /** After a failed attempt: PENDING again from {@code nextAttemptAt}, or FAILED for good. */
    @Modifying
    @Transactional
    @Query("""
            update Notification n set n.status = :status, n.attempts = n.attempts + 1, n.lastError = :error,
                n.nextAttemptAt = :nextAttemptAt, n.leaseUntil = null
            where n.id = :id and n.status = SENDING""")
    int markAttemptFailed(long id, NotificationStatus status, String error, Instant nextAttemptAt);

    /** An administrator's "try again": a FAILED email waits to be sent once more, at once. */
    @Modifying
    @Transactional
    @Query("""
            update Notification n set n.status = PENDING, n.nextAttemptAt = null
            where n.id = :id and n.status = FAILED""")
    int retry(long id);
}
