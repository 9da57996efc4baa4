package org.lotuspathway.process;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Due dates for the diagrams ({@code ${deadlines.workingDays(5)}}), on the engine's clock so that
 * tests can move time. A working day ends at 17:00 UK time; weekends are not working days.
 */
@Component("deadlines")
public class Deadlines {

    private static final ZoneId UK = PathwayClock.UK;
    private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);
    private static final int URGENT_PANEL_WORKING_DAYS = 5;
    private static final int ROUTINE_PANEL_DAYS = 28;

    private final PathwayClock clock;

    public Deadlines(PathwayClock clock) {
        this.clock = clock;
    }

    public Date workingDays(int count) {
        return workingDaysAfter(today(), count);
    }

    public Date workingDaysAfter(LocalDate start, int count) {
        LocalDate day = start;
        int added = 0;
        while (added < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return Date.from(ZonedDateTime.of(day, END_OF_WORKING_DAY, UK).toInstant());
    }

    /** After so many calendar days; a deadline that falls on a weekend moves to the Monday. */
    public Date days(int count) {
        LocalDate day = today().plusDays(count);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return Date.from(ZonedDateTime.of(day, END_OF_WORKING_DAY, UK).toInstant());
    }

    /** A panel meets urgently (within 5 working days) for a high risk, otherwise within 4 weeks. */
    public Date forPanel(String riskBand) {
        return "HIGH".equals(riskBand) ? workingDays(URGENT_PANEL_WORKING_DAYS) : days(ROUTINE_PANEL_DAYS);
    }

    public Date hours(int count) {
        return Date.from(clock.now().plus(Duration.ofHours(count)));
    }

    private LocalDate today() {
        return clock.today();
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
