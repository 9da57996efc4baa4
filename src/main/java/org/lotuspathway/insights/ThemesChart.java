package org.lotuspathway.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.learning.LearningThemes;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Learning themes over time: how many reviews carried each theme, by the month reviewed. The most
 * frequent themes have a series each; the rest are counted together, so the chart stays readable.
 */
@Component
@Order(7)
class ThemesChart implements InsightChart {

    static final int THEMES_SHOWN = 6;
    static final String OTHER = "Other themes";

    private final NamedParameterJdbcTemplate jdbc;
    private final LearningThemes themes;

    ThemesChart(NamedParameterJdbcTemplate jdbc, LearningThemes themes) {
        this.jdbc = jdbc;
        this.themes = themes;
    }

    @Override
    public String id() {
        return "themes";
    }

    @Override
    public Chart compute(Period period) {
        record Coded(String theme, Instant at) {
        }
        List<Coded> coded = jdbc.query("""
                select rt.theme, r.recorded_at from review_theme rt
                  join lessons_review r on r.id = rt.review_id
                  join concern c on c.id = r.concern_id
                 where c.raised_at >= :from and c.raised_at < :to""",
                period.parameters(),
                (row, n) -> new Coded(row.getString("theme"), row.getTimestamp("recorded_at").toInstant()));
        Map<String, String> names = themes.names();
        Map<String, Long> totals = new HashMap<>();
        coded.stream().filter(c -> period.contains(Period.monthOf(c.at())))
                .forEach(c -> totals.merge(c.theme(), 1L, Long::sum));
        List<String> shown = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(e -> names.getOrDefault(e.getKey(), e.getKey())))
                .limit(totals.size() > THEMES_SHOWN + 1 ? THEMES_SHOWN : THEMES_SHOWN + 1)
                .map(Map.Entry::getKey).toList();
        List<String> seriesNames = new ArrayList<>(shown.stream().map(code -> names.getOrDefault(code, code)).toList());
        boolean others = totals.size() > shown.size();
        if (others) {
            seriesNames.add(OTHER);
        }
        MonthlyCounts counts = new MonthlyCounts(period, seriesNames);
        coded.forEach(c -> counts.count(shown.contains(c.theme()) ? names.getOrDefault(c.theme(), c.theme()) : OTHER,
                c.at()));
        return new Chart(id(), "Learning themes over time",
                "How many reviews carried each theme, by the month reviewed, for cases raised in the period"
                        + (others ? "; the " + THEMES_SHOWN + " most frequent themes each have their own series." : "."),
                "stacked", "Month", "reviews", counts.monthLabels(), counts.series());
    }
}
