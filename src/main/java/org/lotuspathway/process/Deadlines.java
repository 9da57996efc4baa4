package org.lotuspathway.process;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Due dates for the diagrams ({@code ${deadlines.workingDays(5)}}), on the engine's clock so that
 * tests can move time. A working day ends at 17:00 UK time; weekends, the region's bank holidays
 * and the organisation's closure days are not working days ({@link WorkingCalendar}).
 */
@Component("deadlines")
public class Deadlines {

    private static final ZoneId UK = PathwayClock.UK;
    private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);
    private static final int URGENT_PANEL_WORKING_DAYS = 5;
    private static final int ROUTINE_PANEL_DAYS = 28;

    private final PathwayClock clock;
    private final WorkingCalendar calendar;

    public Deadlines(PathwayClock clock, WorkingCalendar calendar) {
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The end of the working day so many working days from today (today does not count). */
    public Date workingDays(int count) {
        return workingDaysAfter(clock.today(), count);
    }

    public Date workingDaysAfter(LocalDate start, int count) {
        return endOf(calendar.workingDaysAfter(start, count));
    }

    /** After so many calendar days; a deadline that falls on a day off moves to the next working day. */
    public Date days(int count) {
        return endOf(calendar.onOrAfter(clock.today().plusDays(count)));
    }

    /** A panel meets urgently (within 5 working days) for a high risk, otherwise within 4 weeks. */
    public Date forPanel(String riskBand) {
        return "HIGH".equals(riskBand) ? workingDays(URGENT_PANEL_WORKING_DAYS) : days(ROUTINE_PANEL_DAYS);
    }

    /** So many hours from now, on any day: an urgent wellbeing concern does not wait for Monday. */
    public Date hours(int count) {
        return Date.from(clock.now().plus(Duration.ofHours(count)));
    }

    private static Date endOf(LocalDate day) {
        return Date.from(ZonedDateTime.of(day, END_OF_WORKING_DAY, UK).toInstant());
    }
}
