package org.lotuspathway.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.insights.equality.EqualitySettings;
import org.lotuspathway.insights.equality.Suppression;
import org.lotuspathway.speakup.ScreeningDecision;
import org.lotuspathway.speakup.SpeakUpRoute;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reports from people who spoke up, received in the period: by route, and by what screening
 * decided. Few people speak up, and a route with a handful of reports could point at someone, so
 * small counts are hidden exactly as on the equality page (the same rule and the same smallest
 * count shown, {@code lotus.equality.smallest-count-shown}); a hidden count shows as "–".
 */
@Component
@Order(9)
class SpeakUpChart implements InsightChart {

    private static final String WAITING = "WAITING";
    private static final List<String> OUTCOMES = List.of(WAITING, ScreeningDecision.ACCEPT.name(),
            ScreeningDecision.CLOSE.name());
    private static final List<String> OUTCOME_NAMES = List.of("Waiting for screening", "Accepted into the pathway",
            "Closed with a reason", "All reports");

    private final NamedParameterJdbcTemplate jdbc;
    private final int smallestShown;

    SpeakUpChart(NamedParameterJdbcTemplate jdbc, EqualitySettings equality) {
        this.jdbc = jdbc;
        this.smallestShown = equality.smallestCountShown();
    }

    @Override
    public String id() {
        return "speak-up";
    }

    @Override
    public Chart compute(Period period) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("""
                select r.route, r.outcome, count(*) reports from speak_up_report r
                 where r.received_at >= :from and r.received_at < :to
                 group by r.route, r.outcome""",
                period.parameters(),
                row -> {
                    String outcome = row.getString("outcome") == null ? WAITING : row.getString("outcome");
                    counts.merge(row.getString("route") + "/" + outcome, row.getLong("reports"), Long::sum);
                });
        List<SpeakUpRoute> routes = Arrays.asList(SpeakUpRoute.values());
        // a row per route; the outcomes, then all reports (which the outcomes add up to)
        long[][] grid = new long[routes.size()][OUTCOMES.size() + 1];
        for (int r = 0; r < routes.size(); r++) {
            for (int o = 0; o < OUTCOMES.size(); o++) {
                grid[r][o] = counts.getOrDefault(routes.get(r).name() + "/" + OUTCOMES.get(o), 0L);
                grid[r][OUTCOMES.size()] += grid[r][o];
            }
        }
        Suppression.Hidden hidden = Suppression.of(grid, OUTCOMES.size() + 1, smallestShown, OUTCOMES.size(),
                new int[] {0, 1, 2});
        List<String> categories = new ArrayList<>(routes.stream().map(SpeakUpRoute::label).toList());
        categories.add("Every route");
        List<Chart.Series> series = new ArrayList<>();
        for (int o = 0; o <= OUTCOMES.size(); o++) {
            List<Number> values = new ArrayList<>();
            long total = 0;
            for (int r = 0; r < routes.size(); r++) {
                values.add(hidden.cell(r, o) ? null : grid[r][o]);
                total += grid[r][o];
            }
            values.add(hidden.total(o) ? null : total);
            series.add(new Chart.Series(OUTCOME_NAMES.get(o), values, o < OUTCOMES.size()));
        }
        return new Chart(id(), "Speak up reports", "Reports from people who spoke up without an account, received in "
                + "the period, by route and by what screening decided. Counts under " + smallestShown
                + " are hidden (–), and so are any that would give them away, so that nobody can be identified.",
                "stacked", "Route", "reports", categories, series);
    }
}
