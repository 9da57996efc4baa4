package org.lotuspathway.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Random;

import org.lotuspathway.process.PathwayClock;

/** Demo events happen on weekdays between 09:00 and 17:00, UK time, as the team's work does. */
final class DemoTime {

    private DemoTime() {
    }

    static Instant workingHours(Instant around, Random random) {
        LocalDate day = around.atZone(PathwayClock.UK).toLocalDate();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        LocalTime time = LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60));
        return ZonedDateTime.of(day, time, PathwayClock.UK).toInstant();
    }
}
