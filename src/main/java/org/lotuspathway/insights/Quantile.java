package org.lotuspathway.insights;

import java.util.List;

/**
 * Quantiles computed in Java, because H2 and PostgreSQL spell percentiles differently. Linear
 * between the two nearest ranks (as Excel's PERCENTILE.INC and NumPy's default): the median of
 * 1, 2, 3, 4 is 2.5; the 90th percentile of 1 to 10 is 9.1.
 */
final class Quantile {

    private Quantile() {
    }

    /** {@code sorted} in ascending order; null when there are no values. */
    static Double of(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return null;
        }
        double rank = (sorted.size() - 1) * q;
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }

    static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
