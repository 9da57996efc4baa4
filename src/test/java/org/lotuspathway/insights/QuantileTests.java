package org.lotuspathway.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuantileTests {

    @Test
    void linearBetweenTheNearestRanks() {
        assertThat(Quantile.of(List.of(1.0, 2.0, 3.0, 4.0), 0.5)).isEqualTo(2.5);
        assertThat(Quantile.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), 0.9)).isCloseTo(9.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Quantile.of(List.of(7.0), 0.9)).isEqualTo(7.0);
        assertThat(Quantile.of(List.of(), 0.5)).isNull();
    }

    @Test
    void roundedToOneDecimal() {
        assertThat(Quantile.rounded(3.6999999)).isEqualTo(3.7);
        assertThat(Quantile.rounded(null)).isNull();
    }
}
