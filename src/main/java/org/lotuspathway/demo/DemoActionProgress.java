package org.lotuspathway.demo;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.lotuspathway.learning.ActionStatus;
import org.lotuspathway.learning.ImprovementActions;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves the demo's improvement actions along as a lead would have: most that fell due are done,
 * some are in progress, and a few are overdue, so that the tracker has something to track. Only the
 * demo cases' actions: any other case's are left as they are.
 */
@Component
@Profile("default")
class DemoActionProgress {

    private static final CurrentUser LEAD = new CurrentUser("lead", Set.of(Roles.LEAD));

    private final JdbcTemplate jdbc;
    private final ImprovementActions actions;

    DemoActionProgress(JdbcTemplate jdbc, ImprovementActions actions) {
        this.jdbc = jdbc;
        this.actions = actions;
    }

    void moveAlong(Instant now, PathwayClock.TimeTravel trip, Random random) {
        LocalDate today = now.atZone(PathwayClock.UK).toLocalDate();
        record Due(long id, LocalDate dueOn) {
        }
        // Only the demo's own actions: a real case's actions are for real people to move.
        List<Due> due = jdbc.query("select a.id, a.due_on from improvement_action a where a.due_on < ? and a.review_id in "
                + "(select r.id from lessons_review r join concern c on c.id = r.concern_id where c.practitioner_id in "
                + "(select id from practitioner where " + DemoPractitioners.DEMO_NUMBERS + ")) order by a.id",
                (row, n) -> new Due(row.getLong("id"), row.getDate("due_on").toLocalDate()),
                Date.valueOf(today.plusDays(30)));
        for (Due action : due) {
            int roll = random.nextInt(100);
            ActionStatus status = action.dueOn().isBefore(today) ? (roll < 65 ? ActionStatus.DONE : roll < 85
                    ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN) : (roll < 40 ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN);
            if (status != ActionStatus.OPEN) {
                LocalDate on = action.dueOn().isBefore(today) ? action.dueOn().minusDays(random.nextInt(10)) : today;
                Instant at = DemoTime.workingHours(on.atStartOfDay(PathwayClock.UK).toInstant(), random);
                trip.to(at.isAfter(now) ? now : at);
                actions.changeStatus(action.id(), status, LEAD);
            }
        }
    }
}
