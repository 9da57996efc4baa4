package org.lotuspathway.process;

import java.util.List;
import java.util.Optional;

/**
 * One feature's part of a case's summary in a meeting's papers: plain facts under a heading. The
 * papers ask every feature for its part instead of reading their records; a part about wellbeing
 * gives flags only, never clinical detail.
 */
public interface CaseSummaryPart {

    /** Top to bottom in the summary. */
    int order();

    /** Nothing when the feature has nothing on the case yet. */
    Optional<Summary> summarise(String businessKey);

    record Summary(String heading, List<Line> lines) {
    }

    record Line(String label, String text) {
    }
}
