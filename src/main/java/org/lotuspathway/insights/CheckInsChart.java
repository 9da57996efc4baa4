package org.lotuspathway.insights;

import java.util.List;

import org.lotuspathway.process.ConcernPathway;
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

    CheckInsChart(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "check-ins";
    }

    @Override
    public Chart compute(Period period) {
        MonthlyCounts counts = new MonthlyCounts(period, List.of(DONE, MISSED));
        MapSqlParameterSource parameters = period.parameters()
                .addValue("missed", ConcernPathway.BOUNDARY_CHECK_IN_MISSED);
        // Two plain queries rather than a union: the app's timestamps carry a zone, the engine's do not.
        jdbc.query("""
                select ci.recorded_at from check_in ci join concern c on c.id = ci.concern_id
                 where c.raised_at >= :from and c.raised_at < :to""",
                parameters, row -> {
                    counts.count(DONE, row.getTimestamp(1).toInstant());
                });
        jdbc.query("""
                select a.START_TIME_ from ACT_HI_ACTINST a
                  join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_
                  join concern c on c.business_key = p.BUSINESS_KEY_
                 where a.ACT_ID_ = :missed and c.raised_at >= :from and c.raised_at < :to""",
                parameters, row -> {
                    counts.count(MISSED, row.getTimestamp(1).toInstant());
                });
        return new Chart(id(), "Wellbeing check-ins done and missed",
                "Check-ins recorded, and check-ins not done by their due date, by month, for cases raised in the period.",
                "grouped", "Month", "check-ins", counts.monthLabels(), counts.series());
    }
}
