package org.lotuspathway.insights.equality;

import java.util.ArrayList;
import java.util.List;

/**
 * Which counts of an equality table are hidden so that nobody can be identified. A table is a grid
 * of counts, a row per group and a column per stage, with a total per column; and in each row (the
 * totals too) some columns add up to another one: the triage bands to the concerns received, once
 * every case is triaged. Each such sum is a way to work out a hidden count from the shown ones, so:
 * <ol>
 * <li>every count under the smallest shown is hidden (primary suppression);</li>
 * <li>in each sum, if exactly one of its counts (the whole included) is hidden, the smallest shown part is
 *     hidden too (secondary), or the whole when no part is left;</li>
 * <li>in each sum whose whole is shown, if what the hidden parts can be worked out to add up to (the
 *     whole less the shown parts) is between 1 and the smallest shown, the next smallest part is hidden
 *     too;</li>
 * </ol>
 * repeated until nothing changes. Hidden parts worked out to add up to 0 stay as they are: that says
 * only that nobody is there, which identifies no one. The triage bands add up to less than the
 * concerns received while some are not yet triaged, so for them what can be worked out is an upper
 * bound, and that is what is checked.
 */
public final class Suppression {

    private Suppression() {
    }

    /** Which counts of a grid are hidden: {@code cells[group][stage]}, and the column totals. */
    public record Hidden(boolean[][] cells, boolean[] totals) {

        public boolean cell(int group, int stage) {
            return cells[group][stage];
        }

        public boolean total(int stage) {
            return totals[stage];
        }
    }

    /** One column on its own, with its total shown unless that is small too. */
    static List<Boolean> of(List<Long> counts, int smallestShown) {
        long[][] grid = new long[counts.size()][1];
        for (int g = 0; g < counts.size(); g++) {
            grid[g][0] = counts.get(g);
        }
        Hidden hidden = of(grid, 1, smallestShown, -1, new int[0]);
        List<Boolean> column = new ArrayList<>();
        for (int g = 0; g < counts.size(); g++) {
            column.add(hidden.cell(g, 0));
        }
        return column;
    }

    /**
     * @param counts {@code counts[group][stage]}
     * @param whole the stage each row's {@code parts} add up to (-1: none)
     * @param parts the stages that add up to {@code whole} in every row, the totals' row included
     */
    public static Hidden of(long[][] counts, int stages, int smallestShown, int whole, int[] parts) {
        int groups = counts.length;
        // the totals are one more row
        long[][] value = new long[groups + 1][stages];
        boolean[][] hidden = new boolean[groups + 1][stages];
        for (int s = 0; s < stages; s++) {
            for (int g = 0; g < groups; g++) {
                value[g][s] = counts[g][s];
                value[groups][s] += counts[g][s];
            }
        }
        for (int g = 0; g <= groups; g++) {
            for (int s = 0; s < stages; s++) {
                hidden[g][s] = value[g][s] < smallestShown;
            }
        }
        List<int[][]> sums = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            int[][] cells = new int[groups + 1][];
            for (int g = 0; g < groups; g++) {
                cells[g] = new int[] {g, s};
            }
            cells[groups] = new int[] {groups, s};
            sums.add(cells);
        }
        if (whole >= 0 && parts.length > 0) {
            for (int g = 0; g <= groups; g++) {
                int[][] cells = new int[parts.length + 1][];
                for (int p = 0; p < parts.length; p++) {
                    cells[p] = new int[] {g, parts[p]};
                }
                cells[parts.length] = new int[] {g, whole};
                sums.add(cells);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] sum : sums) {
                changed |= protect(sum, value, hidden, smallestShown);
            }
        }
        boolean[][] cells = new boolean[groups][];
        for (int g = 0; g < groups; g++) {
            cells[g] = hidden[g].clone();
        }
        return new Hidden(cells, hidden[groups].clone());
    }

    /** One sum: its parts, then its whole last. True if it hid another count. */
    private static boolean protect(int[][] sum, long[][] value, boolean[][] hidden, int smallestShown) {
        int wholeAt = sum.length - 1;
        int hiddenCount = 0;
        long shownParts = 0;
        int smallestShownPart = -1;
        for (int i = 0; i < sum.length; i++) {
            int[] cell = sum[i];
            if (hidden[cell[0]][cell[1]]) {
                hiddenCount++;
            } else if (i < wholeAt) {
                shownParts += value[cell[0]][cell[1]];
            }
            if (!hidden[cell[0]][cell[1]] && i < wholeAt && (smallestShownPart < 0
                    || value[cell[0]][cell[1]] < value[sum[smallestShownPart][0]][sum[smallestShownPart][1]])) {
                smallestShownPart = i;
            }
        }
        int[] whole = sum[wholeAt];
        boolean wholeShown = !hidden[whole[0]][whole[1]];
        long workedOut = wholeShown ? value[whole[0]][whole[1]] - shownParts : 0;
        boolean recoverable = hiddenCount == 1
                || (wholeShown && hiddenCount > 0 && workedOut > 0 && workedOut < smallestShown);
        if (!recoverable) {
            return false;
        }
        int[] next = smallestShownPart >= 0 ? sum[smallestShownPart] : whole;
        if (hidden[next[0]][next[1]]) {
            return false;
        }
        hidden[next[0]][next[1]] = true;
        return true;
    }
}
