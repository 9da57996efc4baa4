package org.lotuspathway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each region's bank holidays, checked against the published lists (GOV.UK) for whole years. */
class BankHolidaysTests {

    @Test
    void englandAndWales2026() {
        assertThat(BankHolidays.ENGLAND_AND_WALES.in(2026)).containsExactlyElementsOf(days("2026-01-01", "2026-04-03",
                "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25",
                "2026-12-28")); // Boxing Day is a Saturday: Monday is its substitute
    }

    @Test
    void englandAndWales2027() {
        assertThat(BankHolidays.ENGLAND_AND_WALES.in(2027)).containsExactlyElementsOf(days("2027-01-01", "2027-03-26",
                "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
                "2027-12-27", "2027-12-28")); // Christmas on a Saturday, Boxing Day on a Sunday
    }

    @Test
    void englandAndWales2022WhenChristmasWasASunday() {
        // Boxing Day stands on the Monday, so Christmas takes the Tuesday.
        assertThat(BankHolidays.ENGLAND_AND_WALES.in(2022)).contains(LocalDate.parse("2022-12-26"),
                LocalDate.parse("2022-12-27")).doesNotContain(LocalDate.parse("2022-12-25"));
    }

    @Test
    void scotland2025HasTheSecondOfJanuaryAndStAndrewsDayOnTheMonday() {
        assertThat(BankHolidays.SCOTLAND.in(2025)).containsExactlyElementsOf(days("2025-01-01", "2025-01-02", "2025-04-18",
                "2025-05-05", "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26"));
    }

    @Test
    void scotland2026() {
        assertThat(BankHolidays.SCOTLAND.in(2026)).containsExactlyElementsOf(days("2026-01-01", "2026-01-02", "2026-04-03",
                "2026-05-04", "2026-05-25", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28"));
    }

    @Test
    void scotland2027WhenNewYearIsAFridayAndTheSecondASaturday() {
        assertThat(BankHolidays.SCOTLAND.in(2027)).contains(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-04"));
    }

    @Test
    void northernIreland2026() {
        assertThat(BankHolidays.NORTHERN_IRELAND.in(2026)).containsExactlyElementsOf(days("2026-01-01", "2026-03-17",
                "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                "2026-07-13", // the Battle of the Boyne is a Sunday
                "2026-08-31", "2026-12-25", "2026-12-28"));
    }

    @Test
    void easterFallsOnTheRightSundays() {
        assertThat(IntStream.rangeClosed(2025, 2035).mapToObj(BankHolidays::easterSunday).map(LocalDate::toString))
                .containsExactly("2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21",
                        "2031-04-13", "2032-03-28", "2033-04-17", "2034-04-09", "2035-03-25");
    }

    @ParameterizedTest
    @EnumSource(BankHolidays.class)
    void everyRegionHasItsDaysOffOnWeekdaysOnlyFrom2025To2035(BankHolidays region) {
        for (int year = 2025; year <= 2035; year++) {
            assertThat(region.in(year)).hasSizeGreaterThanOrEqualTo(8)
                    .allSatisfy(day -> assertThat(BankHolidays.isWeekend(day)).as(day.toString()).isFalse());
        }
    }

    private static List<LocalDate> days(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).toList();
    }
}
