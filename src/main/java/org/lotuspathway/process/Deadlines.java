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

    public Date days(int count) {
        return Date.from(ZonedDateTime.of(today().plusDays(count), END_OF_WORKING_DAY, UK).toInstant());
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
