package org.lotuspathway.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.support.PostgresPathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox's conditional updates on PostgreSQL: of several senders, one wins each email. */
@PostgresPathwayTest
class PostgresOutboxTests {

    @Autowired
    Outbox outbox;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PathwayClock clock;

    @Test
    void ofSendersClaimingAtOnceOneWinsAndAnotherTakesOverOnlyOnceTheLeaseRunsOut() throws Exception {
        String event = "postgres-claim:" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            outbox.toUser("casemanager", "A task for you", "Please sign in.", event);
            outbox.toUser("casemanager", "A task for you", "Please sign in.", event);
        });
        List<Notification> queued = notifications.findByEventKeyStartingWithOrderById(event);
        assertThat(queued).as("the same event queued twice is one email").hasSize(1);
        long id = queued.get(0).id();
        Instant now = clock.now();
        Instant leaseUntil = now.plus(Duration.ofMinutes(5));

        int senders = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Integer>> claims = IntStream.range(0, senders).mapToObj(i -> pool.submit(() -> {
                start.await();
                return notifications.claim(id, now, leaseUntil);
            })).toList();
            start.countDown();
            int won = 0;
            for (Future<Integer> claim : claims) {
                won += claim.get();
            }
            assertThat(won).as("senders that won the email").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }

        assertThat(notifications.claim(id, now.plus(Duration.ofMinutes(4)), leaseUntil)).as("lease held").isZero();
        Instant later = now.plus(Duration.ofMinutes(6));
        assertThat(notifications.claim(id, later, later.plus(Duration.ofMinutes(5)))).as("lease ran out").isEqualTo(1);
        assertThat(notifications.markSent(id, later)).isEqualTo(1);
        assertThat(notifications.claim(id, later.plus(Duration.ofHours(1)), later.plus(Duration.ofHours(2))))
                .as("a sent email is never taken again").isZero();
        assertThat(notifications.findById(id).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
    }
}
