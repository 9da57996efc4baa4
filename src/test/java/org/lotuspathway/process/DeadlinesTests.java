package org.lotuspathway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotuspathway.process.engine.EngineClock;
import org.lotuspathway.support.TestClock;

/**
 * Working days skip weekends, the region's bank holidays and the organisation's closure days; every
 * deadline ends at 17:00 UK time (GMT or BST, as on that day) on a working day.
 */
class DeadlinesTests {

    private final Deadlines deadlines = new Deadlines(new EngineClock(), WorkingCalendar.of(BankHolidays.ENGLAND_AND_WALES));

    @Test
    void fiveWorkingDaysFromAThursdayMeetingEndOnTheNextThursday() {
        assertThat(deadlines.workingDaysAfter(LocalDate.of(2026, 11, 19), 5)).isEqualTo(at("2026-11-26T17:00"));
    }

    @Test
    void anUpdateAfterAPanelTwoDaysBeforeChristmasIsDueOnNewYearsEve() {
        // Christmas Day (Friday) and Monday 28 December, Boxing Day's substitute, are skipped.
        assertThat(deadlines.workingDaysAfter(LocalDate.of(2026, 12, 22), 5)).isEqualTo(at("2026-12-31T17:00"));
    }

    @Test
    void everyBankHolidayOf2026And2027IsSkipped() {
        WorkingCalendar calendar = WorkingCalendar.of(BankHolidays.ENGLAND_AND_WALES);
        for (int year = 2026; year <= 2027; year++) {
            for (LocalDate holiday : BankHolidays.ENGLAND_AND_WALES.in(year)) {
                assertThat(calendar.isWorkingDay(holiday)).as(holiday.toString()).isFalse();
                LocalDate dayBefore = holiday.minusDays(1);
                assertThat(calendar.workingDaysAfter(dayBefore, 1)).as("the working day after " + dayBefore)
                        .isAfter(holiday);
            }
        }
    }

    @Test
    void aFridayAfternoonBeforeTheAugustBankHolidayGivesTheWednesday() {
        TestClock.stopAt(TestClock.uk("2026-08-28T16:59"));
        assertThat(deadlines.workingDays(1)).isEqualTo(at("2026-09-01T17:00"));
        assertThat(deadlines.workingDays(2)).isEqualTo(at("2026-09-02T17:00"));
    }

    @Test
    void onASaturdayTheFirstWorkingDayIsMonday() {
        TestClock.stopAt(TestClock.uk("2026-11-21T10:00"));
        assertThat(deadlines.workingDays(1)).isEqualTo(at("2026-11-23T17:00"));
    }

    @Test
    void aDeadlineThatFallsOnADayOffMovesToTheNextWorkingDay() {
        TestClock.stopAt(TestClock.uk("2026-11-18T09:30"));
        assertThat(deadlines.days(3)).isEqualTo(at("2026-11-23T17:00"));
        assertThat(deadlines.days(1)).isEqualTo(at("2026-11-19T17:00"));

        TestClock.stopAt(TestClock.uk("2026-11-27T09:30"));
        assertThat(deadlines.days(28)).as("Christmas Day, then the weekend, then Boxing Day's substitute")
                .isEqualTo(at("2026-12-29T17:00"));
    }

    @Test
    void workingDaysAcrossTheClockChangeEndAtFivePmBritishSummerTime() {
        TestClock.stopAt(TestClock.uk("2026-03-27T16:59"));
        assertThat(deadlines.workingDays(2)).isEqualTo(Date.from(Instant.parse("2026-03-31T16:00:00Z")));
    }

    @Test
    void aHighRiskMeansAnUrgentPanelWithinFiveWorkingDays() {
        TestClock.stopAt(TestClock.uk("2026-11-23T10:00"));
        assertThat(deadlines.forPanel("HIGH")).isEqualTo(at("2026-11-30T17:00"));
        assertThat(deadlines.forPanel("MODERATE")).isEqualTo(at("2026-12-21T17:00"));

        TestClock.stopAt(TestClock.uk("2026-12-31T16:59"));
        assertThat(deadlines.forPanel("HIGH")).as("New Year's Day and the weekend skipped").isEqualTo(at("2027-01-08T17:00"));
    }

    @Test
    void extraClosureDaysAreNotWorkingDays() {
        Deadlines withClosures = new Deadlines(new EngineClock(), new WorkingCalendar(new WorkingCalendar.Settings(
                BankHolidays.ENGLAND_AND_WALES, List.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30)))));
        assertThat(withClosures.workingDaysAfter(LocalDate.of(2026, 12, 22), 5)).isEqualTo(at("2027-01-05T17:00"));
    }

    @Test
    void inScotlandTheSecondOfJanuaryAndStAndrewsDayAreDaysOff() {
        Deadlines scotland = new Deadlines(new EngineClock(), WorkingCalendar.of(BankHolidays.SCOTLAND));
        assertThat(scotland.workingDaysAfter(LocalDate.of(2025, 12, 31), 1)).isEqualTo(at("2026-01-05T17:00"));
        assertThat(scotland.workingDaysAfter(LocalDate.of(2025, 11, 28), 1)).as("St Andrew's Day's substitute")
                .isEqualTo(at("2025-12-02T17:00"));
        assertThat(deadlines.workingDaysAfter(LocalDate.of(2025, 11, 28), 1)).as("but not in England")
                .isEqualTo(at("2025-12-01T17:00"));
    }

    private static Date at(String ukLocalDateTime) {
        return Date.from(TestClock.uk(ukLocalDateTime));
    }
}
