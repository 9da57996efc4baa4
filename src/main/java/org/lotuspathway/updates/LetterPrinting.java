package org.lotuspathway.updates;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.lotuspathway.common.Retries;
import org.lotuspathway.process.PathwayClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints each letter once its sending is committed, so that the person sending it does not wait for
 * the print, and a print that fails is tried again instead of undoing the sending (DESIGN.md). The
 * letter waits in {@code letter_print} from the sending's own transaction; it is printed on a thread
 * of its own as soon as that transaction commits, and any still waiting a minute on (a failed print,
 * or the app stopped first) is printed by a round every minute, waiting twice as long after each
 * failure, up to a day. Until its PDF is kept, a letter downloaded is printed there and then in the
 * same way. Each round claims a letter before printing it; should two prints of one letter still
 * meet, the first PDF stored is the one kept.
 */
@Component
public class LetterPrinting {

    private static final Logger log = LoggerFactory.getLogger(LetterPrinting.class);
    /** A letter waits a minute for the round, and after each failed print twice as long, up to a day. */
    static final Retries RETRIES = new Retries(Duration.ofMinutes(1), Duration.ofDays(1));
    /** As {@code letter_print.last_error} holds. */
    private static final int ERROR_LENGTH = 500;
    /** Longer than any print takes: a round's claim on a letter, so that other nodes' rounds pass it by. */
    private static final Duration CLAIMED_FOR = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final Letters letters;
    private final PathwayClock clock;
    private final TransactionTemplate transaction;
    private final ExecutorService printer = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "letter-printer");
        thread.setDaemon(true);
        return thread;
    });

    LetterPrinting(JdbcTemplate jdbc, Letters letters, PathwayClock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.letters = letters;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * In the sending's transaction: the letter is to be printed as soon as the sending is committed,
     * and by the round a minute on if it has not been by then.
     */
    void queue(long updateId) {
        Instant now = clock.now();
        jdbc.update("insert into letter_print (update_id, queued_at, attempts, next_attempt_at) values (?, ?, 0, ?)",
                updateId, utc(now), utc(now.plus(RETRIES.first())));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    printer.execute(() -> print(updateId));
                } catch (RejectedExecutionException stopping) {
                    // the app is stopping: the sending is kept, and the next start's round prints the letter
                }
            }
        });
    }

    /**
     * Prints every letter waiting whose next try is due; answers how many were printed. Each is
     * claimed for a while first, so that another node's round leaves it alone meanwhile.
     */
    @Scheduled(cron = "${lotus.letters.print-cron:0 * * * * *}", zone = "Europe/London")
    public int printWaiting() {
        Instant now = clock.now();
        List<Long> due = jdbc.queryForList("select update_id from letter_print where next_attempt_at <= ? order by queued_at",
                Long.class, utc(now));
        return (int) due.stream().filter(id -> jdbc.update(
                "update letter_print set next_attempt_at = ? where update_id = ? and next_attempt_at <= ?",
                utc(now.plus(CLAIMED_FOR)), id, utc(now)) == 1).filter(this::print).count();
    }

    /** Returns once every letter handed to the printer's thread so far has been printed, or has failed. */
    public void awaitPrinter() {
        try {
            printer.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        printer.shutdown();
        // a print still going after this stays waiting, and the next start's round prints it
        printer.awaitTermination(5, TimeUnit.SECONDS);
    }

    private boolean print(long updateId) {
        try {
            List<Map<String, Object>> kept = jdbc.queryForList(
                    "select title, letter from practitioner_update where id = ? and pdf is null", updateId);
            if (kept.isEmpty() || kept.get(0).get("letter") == null) {
                // printed meanwhile, or its words erased with the case: nothing to print
                jdbc.update("delete from letter_print where update_id = ?", updateId);
                return false;
            }
            byte[] pdf = letters.print((String) kept.get(0).get("title"), (String) kept.get(0).get("letter"));
            // off the list first, then the PDF: in the order erasing a case takes them, so the two never deadlock
            return Boolean.TRUE.equals(transaction.execute(status -> jdbc.update(
                    "delete from letter_print where update_id = ?", updateId) == 1 && jdbc.update(
                    "update practitioner_update set pdf = ? where id = ? and pdf is null and letter is not null",
                    pdf, updateId) == 1));
        } catch (RuntimeException | StackOverflowError e) {
            failed(updateId, e);
            return false;
        }
    }

    private void failed(long updateId, Throwable e) {
        try {
            List<Integer> attempts = jdbc.queryForList("select attempts from letter_print where update_id = ?",
                    Integer.class, updateId);
            if (attempts.isEmpty()) {
                // printed by another round meanwhile, or erased: nothing waits
                return;
            }
            int made = attempts.get(0) + 1;
            Instant next = clock.now().plus(RETRIES.waitAfter(made));
            jdbc.update("update letter_print set attempts = ?, next_attempt_at = ?, last_error = ? where update_id = ?",
                    made, utc(next), Retries.describe(e, ERROR_LENGTH), updateId);
            log.warn("Letter {} could not be printed (attempt {}); it is printed when downloaded, and tried again at {}",
                    updateId, made, next, e);
        } catch (RuntimeException unrecorded) {
            log.warn("Letter {} could not be printed, nor the failure recorded; the next round tries again", updateId, e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
