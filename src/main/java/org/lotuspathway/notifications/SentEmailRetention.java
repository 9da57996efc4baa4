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

    /** Deletes the emails sent, or failed for good, before {@code cutoff}; returns how many. */
    public int deleteDoneBefore(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        return jdbc.update("""
                delete from notification
                where (status = 'SENT' and sent_at < ?) or (status = 'FAILED' and created_at < ?)""",
                before, before);
    }
}
