package org.lotuspathway.insights;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.concern.Stage;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How the median time in each stage changes, month by month (by the UK month a stay ended). */
@Component
@Order(3)
class StageTimesByMonthChart implements InsightChart {

    private final StageTimesChart.StageStays stays;

    StageTimesByMonthChart(StageTimesChart.StageStays stays) {
        this.stays = stays;
    }

    @Override
    public String id() {
        return "time-in-stage-by-month";
    }

    @Override
    public Chart compute(Period period) {
        Map<Stage, Map<YearMonth, List<Double>>> days = new EnumMap<>(Stage.class);
        stays.finished(period).forEach(stay -> days.computeIfAbsent(stay.stage(), s -> new HashMap<>())
                .computeIfAbsent(Period.monthOf(stay.leftAt()), m -> new ArrayList<>()).add(stay.days()));
        List<YearMonth> months = period.months();
        List<Chart.Series> series = new ArrayList<>();
        for (Stage stage : Arrays.stream(Stage.values()).filter(days::containsKey).toList()) {
            List<Number> medians = new ArrayList<>();
            for (YearMonth month : months) {
                List<Double> sorted = days.get(stage).getOrDefault(month, List.of()).stream().sorted().toList();
                medians.add(Quantile.rounded(Quantile.of(sorted, 0.5)));
            }
            series.add(new Chart.Series(stage.label(), medians));
        }
        return new Chart(id(), "Median time in each stage, month by month",
                "Median days of the stays in each stage that ended in each month, of cases raised in the period.",
                "lines", "Month", "days", months.stream().map(Period::label).toList(), series);
    }
}
