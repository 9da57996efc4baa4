package org.lotuspathway.insights;

import java.util.List;
import java.util.Locale;

/**
 * One chart's numbers, as the server computes them: a value for each category (a stage, a month, a
 * decision) in each series. The page shows them as a table; {@code charts.js} draws them from the
 * same numbers as JSON; the CSV download carries them too. {@code kind} says how to draw them:
 * {@code stacked} or {@code grouped} bars, or {@code lines}. A series that is not {@code drawn} (a
 * count beside medians, say) appears in the table and files only. A missing value is null.
 * {@code guide}, if set, is a value marked across the chart (1 for rates relative to a reference).
 */
public record Chart(String id, String title, String description, String kind, String categoryHeading,
        String unit, List<String> categories, List<Series> series, Double guide) {

    public Chart(String id, String title, String description, String kind, String categoryHeading, String unit,
            List<String> categories, List<Series> series) {
        this(id, title, description, kind, categoryHeading, unit, categories, series, null);
    }

    /** Many series make a wide table: the page shows it under the chart rather than beside it. */
    public boolean tableIsWide() {
        return series.size() > 2;
    }

    public record Series(String name, List<Number> values, boolean drawn) {

        public Series(String name, List<Number> values) {
            this(name, values, true);
        }
    }

    /** The value of a series at a category, as a table shows it. */
    public String cell(int series, int category) {
        Number value = this.series.get(series).values().get(category);
        if (value == null) {
            return "–";
        }
        if (value instanceof Double number) {
            return String.format(Locale.UK, "%.1f", number);
        }
        return value.toString();
    }
}
