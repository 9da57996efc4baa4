package org.lotuspathway.insights.equality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Small counts are hidden, and never one alone, so that no hidden count can be worked out from the total. */
class SuppressionTests {

    @Test
    void everyCountUnderTheSmallestShownIsHidden() {
        assertThat(Suppression.of(List.of(10L, 4L, 0L, 5L, 1L), 5)).containsExactly(false, true, true, false, true);
    }

    @Test
    void aSingleHiddenCountTakesTheNextSmallestWithIt() {
        // 38 in all: 3 could be worked out as 38 - 20 - 10 - 5 if only it were hidden.
        assertThat(Suppression.of(List.of(20L, 10L, 5L, 3L), 5)).containsExactly(false, false, true, true);
    }

    @Test
    void theNextSmallestIsTheFirstOfEqualOnes() {
        assertThat(Suppression.of(List.of(7L, 2L, 7L), 5)).containsExactly(true, true, false);
    }

    @Test
    void nothingSmallHidesNothing() {
        assertThat(Suppression.of(List.of(5L, 6L, 100L), 5)).containsOnly(false);
    }

    @Test
    void aLoneCountWithNoOtherStaysHidden() {
        assertThat(Suppression.of(List.of(3L), 5)).containsExactly(true);
    }

    @Test
    void hiddenCountsThatAddUpToFewerThanTheSmallestShownTakeTheNextSmallestToo() {
        // 33 in all: shown 20 and 10 would give away that the hidden two add up to 3.
        assertThat(Suppression.of(List.of(20L, 10L, 2L, 1L), 5)).containsExactly(false, true, true, true);
        // hidden 4 + 0 + 1 = 5 is not small: nothing more to hide
        assertThat(Suppression.of(List.of(10L, 4L, 0L, 5L, 1L), 5)).containsExactly(false, true, true, false, true);
    }

    /**
     * Stages: received, low, moderate, high. Once every case is triaged, low + moderate + high =
     * received, so hiding only A's high (3) would give it away: 20 - 12 - 5. So A's moderate (5, its
     * smallest shown band) is hidden too; down the high column B's 10 goes with A's 3, and then B's
     * own bands have one hidden, so B's moderate (10) goes too. Every sum left has two or more hidden,
     * adding up to 5 or more: A 5 + 3 = 8, B 10 + 10 = 20, moderate 5 + 10 = 15, high 3 + 10 = 13.
     */
    @Test
    void aSingleHiddenTriageBandInAGroupTakesTheNextSmallestBandWithIt() {
        long[][] counts = {{20, 12, 5, 3}, {40, 20, 10, 10}};

        Suppression.Hidden hidden = Suppression.of(counts, 4, 5, 0, new int[] {1, 2, 3});

        assertThat(hidden.cells()[0]).containsExactly(false, false, true, true);
        assertThat(hidden.cells()[1]).containsExactly(false, false, true, true);
        assertThat(hidden.totals()).containsExactly(false, false, false, false);
    }

    /**
     * Every group's moderate and high are under 5 (2 each), and so are the totals' (4 each): hidden.
     * But each group's received (10) less its low (6) would give away that they add up to 4, so each
     * low is hidden too. The totals' row keeps its low (12): 20 - 12 = 8 hidden is not small.
     */
    @Test
    void hiddenBandsThatAddUpToASmallNumberTakeAnotherBand() {
        long[][] counts = {{10, 6, 2, 2}, {10, 6, 2, 2}};

        Suppression.Hidden hidden = Suppression.of(counts, 4, 5, 0, new int[] {1, 2, 3});

        assertThat(hidden.cells()[0]).containsExactly(false, true, true, true);
        assertThat(hidden.cells()[1]).containsExactly(false, true, true, true);
        assertThat(hidden.totals()).containsExactly(false, false, true, true);
    }

    /**
     * A's received (3) is hidden, and with it B's (20, the smallest other): then B's bands (10 + 5 + 5)
     * would give B's received away, so its first smallest band (moderate, 5) is hidden too. A's and
     * D's bands are all under 5 and hidden; down each band column they add up to 1 + 4 = 5, which is
     * not small. Every sum left has two or more hidden, adding up to 5 or more.
     */
    @Test
    void aGroupsHiddenReceivedCountHidesOneOfItsBands() {
        long[][] counts = {{3, 1, 1, 1}, {20, 10, 5, 5}, {30, 10, 10, 10}, {30, 4, 4, 4}};

        Suppression.Hidden hidden = Suppression.of(counts, 4, 5, 0, new int[] {1, 2, 3});

        assertThat(hidden.cells()[0]).containsExactly(true, true, true, true);
        assertThat(hidden.cells()[1]).containsExactly(true, false, true, false);
        assertThat(hidden.cells()[2]).containsExactly(false, false, false, false);
        assertThat(hidden.cells()[3]).containsExactly(false, true, true, true);
        assertThat(hidden.totals()).containsExactly(false, false, false, false);
    }
}
