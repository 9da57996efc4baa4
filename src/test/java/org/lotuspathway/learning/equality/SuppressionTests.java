package org.lotuspathway.learning.equality;

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
}
