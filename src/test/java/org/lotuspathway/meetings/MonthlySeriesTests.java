package org.lotuspathway.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** Regular meetings fall on the same weekday of each month as the first. */
class MonthlySeriesTests {

    @Test
    void theSecondTuesdayOfEachMonth() {
        assertThat(MonthlySeries.startingAt(LocalDateTime.parse("2027-01-12T10:00"), 6)).extracting(String::valueOf)
                .containsExactly("2027-01-12T10:00", "2027-02-09T10:00", "2027-03-09T10:00", "2027-04-13T10:00",
                        "2027-05-11T10:00", "2027-06-08T10:00");
        assertThat(MonthlySeries.describe(LocalDateTime.parse("2027-01-12T10:00"))).isEqualTo("the second Tuesday of each month");
    }

    @Test
    void aFifthWeekdayBecomesTheLastOfEachMonth() {
        assertThat(MonthlySeries.startingAt(LocalDateTime.parse("2027-03-30T14:30"), 3)).extracting(String::valueOf)
                .containsExactly("2027-03-30T14:30", "2027-04-27T14:30", "2027-05-25T14:30");
        assertThat(MonthlySeries.describe(LocalDateTime.parse("2027-03-30T14:30"))).isEqualTo("the last Tuesday of each month");
    }
}
