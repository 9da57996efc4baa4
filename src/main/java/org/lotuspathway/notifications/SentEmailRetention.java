package org.lotuspathway.notifications;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An email is kept after it was sent, or given up on, only as long as someone may ask whether it
 * went: it holds an address and what it said. Waiting and sending emails are never touched.
 */
@Component
public class SentEmailRetention {

    private final JdbcTemplate jdbc;

    SentEmailRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Deletes the emails sent before {@code cutoff}, and those given up on (failed for good, or with
     * nobody to send to) that were queued before it; returns how many.
     */
    public int deleteDoneBefore(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        return jdbc.update("""
                delete from notification
                where (status = ? and sent_at < ?) or (status in (?, ?) and created_at < ?)""",
                NotificationStatus.SENT.name(), before, NotificationStatus.FAILED.name(),
                NotificationStatus.UNDELIVERABLE.name(), before);
    }
}
