package org.lotuspathway.insights;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of things that happened, by series and by UK month, for a chart with a column per month. */
final class MonthlyCounts {

    private final Period period;
    private final Map<String, Map<YearMonth, Long>> counts = new LinkedHashMap<>();

    MonthlyCounts(Period period, List<String> seriesNames) {
        this.period = period;
        seriesNames.forEach(name -> counts.put(name, new HashMap<>()));
    }

    /** Counts one event in its month; one outside the period's months is left out. */
    void count(String series, Instant at) {
        YearMonth month = Period.monthOf(at);
        if (period.contains(month)) {
            counts.computeIfAbsent(series, name -> new HashMap<>()).merge(month, 1L, Long::sum);
        }
    }

    List<Chart.Series> series() {
        List<Chart.Series> series = new ArrayList<>();
        counts.forEach((name, byMonth) -> series.add(new Chart.Series(name,
                period.months().stream().map(month -> (Number) byMonth.getOrDefault(month, 0L)).toList())));
        return series;
    }

    List<String> monthLabels() {
        return period.months().stream().map(Period::label).toList();
    }
}
