package org.lotuspathway.insights;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Updates to the practitioner after a panel: sent by their due date (5 working days after the
 * meeting, moved on by any pause) or late, by the month sent.
 */
@Component
@Order(4)
class UpdatesChart implements InsightChart {

    static final String ON_TIME = "On time";
    static final String LATE = "Late";

    private final NamedParameterJdbcTemplate jdbc;

    UpdatesChart(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "practitioner-updates";
    }

    @Override
    public Chart compute(Period period) {
        MonthlyCounts counts = new MonthlyCounts(period, List.of(ON_TIME, LATE));
        jdbc.query("""
                select u.recorded_at, u.due_at from practitioner_update u
                  join concern c on c.id = u.concern_id
                 where u.kind = 'PANEL_OUTCOME' and u.due_at is not null
                   and c.raised_at >= :from and c.raised_at < :to""",
                period.parameters(),
                row -> {
                    var sent = row.getTimestamp("recorded_at").toInstant();
                    counts.count(sent.isAfter(row.getTimestamp("due_at").toInstant()) ? LATE : ON_TIME, sent);
                });
        return new Chart(id(), "Updates to the practitioner sent on time or late",
                "Updates after a panel discussion, by the month they were sent, of cases raised in the period.",
                "stacked", "Month", "updates", counts.monthLabels(), counts.series());
    }
}
