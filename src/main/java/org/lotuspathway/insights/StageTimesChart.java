package org.lotuspathway.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.concern.Stage;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How long cases stay in each stage: the median and 90th percentile of every finished stay (a case
 * that comes back to a stage stays in it again). Stays are recorded as cases move (stage_visit), in
 * calendar days, including any time a case was paused.
 */
@Component
@Order(2)
class StageTimesChart implements InsightChart {

    private final StageStays stays;

    StageTimesChart(StageStays stays) {
        this.stays = stays;
    }

    @Override
    public String id() {
        return "time-in-stage";
    }

    @Override
    public Chart compute(Period period) {
        Map<Stage, List<Double>> days = new EnumMap<>(Stage.class);
        stays.finished(period).forEach(stay -> days.computeIfAbsent(stay.stage(), s -> new ArrayList<>()).add(stay.days()));
        List<Stage> stages = Arrays.stream(Stage.values()).filter(days::containsKey).toList();
        List<Number> medians = new ArrayList<>();
        List<Number> ninetieth = new ArrayList<>();
        List<Number> counts = new ArrayList<>();
        for (Stage stage : stages) {
            List<Double> sorted = days.get(stage).stream().sorted().toList();
            medians.add(Quantile.rounded(Quantile.of(sorted, 0.5)));
            ninetieth.add(Quantile.rounded(Quantile.of(sorted, 0.9)));
            counts.add((long) sorted.size());
        }
        return new Chart(id(), "Time in each stage",
                "Days a stay in each stage lasted, for stays that ended, of cases raised in the period.", "grouped",
                "Stage", "days", stages.stream().map(Stage::label).toList(),
                List.of(new Chart.Series("Median (days)", medians), new Chart.Series("90th percentile (days)", ninetieth),
                        new Chart.Series("Stays", counts, false)));
    }

    /** The finished stays of cases raised in a period, from one query. */
    @Component
    static class StageStays {

        private final NamedParameterJdbcTemplate jdbc;

        StageStays(NamedParameterJdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        List<Stay> finished(Period period) {
            return jdbc.query("""
                    select v.stage, v.entered_at, v.left_at from stage_visit v
                      join concern c on c.id = v.concern_id
                     where v.left_at is not null and c.raised_at >= :from and c.raised_at < :to""",
                    period.parameters(),
                    (row, n) -> new Stay(Stage.valueOf(row.getString("stage")), row.getTimestamp("entered_at").toInstant(),
                            row.getTimestamp("left_at").toInstant()));
        }
    }

    record Stay(Stage stage, Instant enteredAt, Instant leftAt) {

        double days() {
            return Duration.between(enteredAt, leftAt).toSeconds() / 86_400.0;
        }
    }
}
