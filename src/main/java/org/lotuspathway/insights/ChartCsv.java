package org.lotuspathway.insights;

import java.util.ArrayList;
import java.util.List;

/** A chart's numbers as CSV: a row per category, a column per series (drawn or not). */
final class ChartCsv {

    private ChartCsv() {
    }

    static Csv of(Chart chart) {
        Csv csv = new Csv();
        List<String> header = new ArrayList<>();
        header.add(chart.categoryHeading());
        chart.series().forEach(series -> header.add(series.name()));
        csv.row(header);
        for (int category = 0; category < chart.categories().size(); category++) {
            List<String> row = new ArrayList<>();
            row.add(chart.categories().get(category));
            for (Chart.Series series : chart.series()) {
                Number value = series.values().get(category);
                row.add(value == null ? "" : value.toString());
            }
            csv.row(row);
        }
        return csv;
    }
}
