package org.lotuspathway.learning.equality;

import java.util.ArrayList;
import java.util.List;

/**
 * Which counts of one column (one stage, every group) are hidden so that nobody can be identified:
 * every count under the smallest shown (primary suppression), and, when that hides only one cell,
 * the smallest of the others too (secondary), so that the hidden count cannot be worked out by
 * taking the shown ones from the column's total, which other charts give away.
 */
final class Suppression {

    private Suppression() {
    }

    static List<Boolean> of(List<Long> counts, int smallestShown) {
        List<Boolean> hidden = new ArrayList<>();
        int primary = 0;
        for (long count : counts) {
            boolean small = count < smallestShown;
            hidden.add(small);
            primary += small ? 1 : 0;
        }
        if (primary == 1) {
            int next = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden.get(i) && (next < 0 || counts.get(i) < counts.get(next))) {
                    next = i;
                }
            }
            if (next >= 0) {
                hidden.set(next, true);
            }
        }
        return hidden;
    }
}
