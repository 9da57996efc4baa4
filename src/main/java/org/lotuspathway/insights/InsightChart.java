package org.lotuspathway.insights;

/** One chart of the insights page: its numbers for the cases raised in a period, from one query. */
interface InsightChart {

    /** As in its URLs: /insights/{id}.json and /insights/{id}.csv. */
    String id();

    Chart compute(Period period);
}
