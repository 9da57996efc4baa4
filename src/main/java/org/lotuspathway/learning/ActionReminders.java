package org.lotuspathway.learning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.lotuspathway.notifications.Outbox;
import org.lotuspathway.process.PathwayClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds owners of improvement actions that fall due within {@code lotus.learning.action-reminders.days-before}
 * days, or are overdue, once a day ({@code lotus.learning.action-reminders.cron}). Each reminder is
 * keyed by action and day, so a second node, or a second run the same day, queues nothing more.
 * The email names the case reference and due date, never what the action says.
 */
@Component
public class ActionReminders {

    private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final NamedParameterJdbcTemplate jdbc;
    private final Outbox outbox;
    private final PathwayClock clock;
    private final int daysBefore;
    private final String baseUrl;

    ActionReminders(NamedParameterJdbcTemplate jdbc, Outbox outbox, PathwayClock clock,
            @Value("${lotus.learning.action-reminders.days-before:7}") int daysBefore,
            @Value("${lotus.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.daysBefore = daysBefore;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Scheduled(cron = "${lotus.learning.action-reminders.cron:0 0 7 * * *}", zone = "Europe/London")
    void daily() {
        try {
            log.info("Reminded owners of {} improvement action(s)", remind());
        } catch (RuntimeException e) {
            // The database is away, say: tomorrow's round reminds them instead.
            log.warn("Improvement action reminders could not be sent today: {}", e.getMessage());
        }
    }

    /** Queues today's reminders; returns how many actions they were for. */
    @Transactional
    public int remind() {
        LocalDate today = clock.today();
        List<Due> due = jdbc.query("""
                select a.id, a.owner_user_id, a.due_on, c.business_key
                  from improvement_action a
                  join lessons_review r on r.id = a.review_id
                  join concern c on c.id = r.concern_id
                 where a.status <> 'DONE' and a.owner_user_id is not null and a.due_on <= :horizon
                 order by a.id""",
                new MapSqlParameterSource("horizon", java.sql.Date.valueOf(today.plusDays(daysBefore))),
                (row, n) -> new Due(row.getLong("id"), row.getString("owner_user_id"),
                        row.getDate("due_on").toLocalDate(), row.getString("business_key")));
        due.forEach(action -> remind(action, today));
        return due.size();
    }

    private void remind(Due action, LocalDate today) {
        boolean overdue = action.dueOn().isBefore(today);
        String when = overdue ? "was due on " + DATE.format(action.dueOn()) : "is due on " + DATE.format(action.dueOn());
        outbox.toUser(action.owner(),
                (overdue ? "Improvement action overdue" : "Improvement action due soon") + " (" + action.businessKey() + ")",
                """
                Hello,

                An improvement action you own, from the lessons-learnt review of case %s, %s.

                Please sign in to update it, or to say it is done:
                %s/learning/actions/%d

                Lotus Pathway""".formatted(action.businessKey(), when, baseUrl, action.id()),
                "action-reminder:" + action.id() + ":" + today);
    }

    private record Due(long id, String owner, LocalDate dueOn, String businessKey) {
    }
}
