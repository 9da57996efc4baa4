package org.lotuspathway.insights.equality;

import java.util.List;

import org.lotuspathway.insights.Period;

/**
 * Equality monitoring for one characteristic: for each group and stage, how many concerns reached
 * it and the group's rate relative to the reference group's, against the population baseline. A
 * suppressed cell carries no count and no rate: it never leaves the server.
 */
public record EqualityTable(Characteristic characteristic, Period period, String referenceGroup,
        String referenceLabel, int smallestCountShown, List<EqualityStage> stages, List<Row> rows, List<Cell> totals) {

    /** One group: its share of the population (percent, if known) and a cell per stage. */
    public record Row(String group, String label, Double baselineShare, boolean reference, List<Cell> cells) {
    }

    /**
     * One count: {@code count} is null when suppressed; {@code relativeRate} is the group's rate
     * (count / population share) over the reference group's, when both are shown and known.
     */
    public record Cell(Long count, boolean suppressed, Double relativeRate) {

        static Cell hidden() {
            return new Cell(null, true, null);
        }
    }

    public String suppressedText() {
        return "fewer than " + smallestCountShown;
    }
}
