package org.lotuspathway.insights;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.PathwayHistory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wellbeing check-ins done (each recorded check-in, by the month recorded) and missed (each time a
 * check-in was not done by its due date, from the engine's history of the "check-in missed" timer,
 * by the month it fired). A check-in done after it was missed counts in both.
 */
@Component
@Order(5)
class CheckInsChart implements InsightChart {

    static final String DONE = "Done";
    static final String MISSED = "Missed";

    private final NamedParameterJdbcTemplate jdbc;
    private final PathwayHistory history;

    CheckInsChart(NamedParameterJdbcTemplate jdbc, PathwayHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public String id() {
        return "check-ins";
    }

    @Override
    public Chart compute(Period period) {
        MonthlyCounts counts = new MonthlyCounts(period, List.of(DONE, MISSED));
        MapSqlParameterSource parameters = period.parameters();
        jdbc.query("""
                select ci.recorded_at from check_in ci join concern c on c.id = ci.concern_id
                 where c.raised_at >= :from and c.raised_at < :to""",
                parameters, row -> {
                    counts.count(DONE, row.getTimestamp(1).toInstant());
                });
        Set<String> raisedInPeriod = new HashSet<>(jdbc.queryForList(
                "select business_key from concern where raised_at >= :from and raised_at < :to", parameters, String.class));
        history.startsOf(ConcernPathway.BOUNDARY_CHECK_IN_MISSED, period.start()).stream()
                .filter(missed -> raisedInPeriod.contains(missed.businessKey()))
                .forEach(missed -> counts.count(MISSED, missed.at()));
        return new Chart(id(), "Wellbeing check-ins done and missed",
                "Check-ins recorded, and check-ins not done by their due date, by month, for cases raised in the period.",
                "grouped", "Month", "check-ins", counts.monthLabels(), counts.series());
    }
}
