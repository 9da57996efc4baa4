package org.lotuspathway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Working days skip weekends; every deadline ends at 17:00 UK time on a working day. */
class DeadlinesTests {

    private final Deadlines deadlines = new Deadlines(new PathwayClock());

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void fiveWorkingDaysFromAThursdayMeetingEndOnTheNextThursday() {
        assertThat(deadlines.workingDaysAfter(LocalDate.of(2026, 11, 19), 5)).isEqualTo(at(2026, 11, 26));
    }

    @Test
    void workingDaysFromAFridayStartOnMonday() {
        today(2026, 11, 20);
        assertThat(deadlines.workingDays(1)).isEqualTo(at(2026, 11, 23));
        assertThat(deadlines.workingDays(2)).isEqualTo(at(2026, 11, 24));
    }

    @Test
    void aDeadlineThatFallsOnAWeekendMovesToMonday() {
        today(2026, 11, 18);
        assertThat(deadlines.days(3)).isEqualTo(at(2026, 11, 23));
        assertThat(deadlines.days(1)).isEqualTo(at(2026, 11, 19));
    }

    @Test
    void aHighRiskMeansAnUrgentPanel() {
        today(2026, 11, 23);
        assertThat(deadlines.forPanel("HIGH")).isEqualTo(at(2026, 11, 30));
        assertThat(deadlines.forPanel("MODERATE")).isEqualTo(at(2026, 12, 21));
    }

    private static void today(int year, int month, int day) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 9, 30, 0, 0, PathwayClock.UK).toInstant()));
    }

    private static Date at(int year, int month, int day) {
        return Date.from(ZonedDateTime.of(year, month, day, 17, 0, 0, 0, PathwayClock.UK).toInstant());
    }
}
