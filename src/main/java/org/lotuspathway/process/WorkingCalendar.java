package org.lotuspathway.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Which days are working days: not a weekend, not a bank holiday of the region the team works in
 * ({@code lotus.calendar.region}: england-and-wales, scotland or northern-ireland), and not one of
 * the organisation's extra closure days ({@code lotus.calendar.extra-holidays}, e.g. a one-off bank
 * holiday).
 */
@Component
@EnableConfigurationProperties(WorkingCalendar.Settings.class)
public class WorkingCalendar {

    private final BankHolidays region;
    private final Set<LocalDate> extraHolidays;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingCalendar(Settings settings) {
        this.region = settings.region();
        this.extraHolidays = Set.copyOf(settings.extraHolidays());
    }

    /** The region's calendar with no extra closure days. */
    public static WorkingCalendar of(BankHolidays region) {
        return new WorkingCalendar(new Settings(region, List.of()));
    }

    public boolean isWorkingDay(LocalDate day) {
        return !BankHolidays.isWeekend(day) && !extraHolidays.contains(day)
                && !holidaysByYear.computeIfAbsent(day.getYear(), region::in).contains(day);
    }

    /** The working day so many working days after the given day (which itself does not count). */
    public LocalDate workingDaysAfter(LocalDate start, int count) {
        LocalDate day = start;
        for (int added = 0; added < count; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }

    /** The day itself when it is a working day, otherwise the next one that is. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate working = day;
        while (!isWorkingDay(working)) {
            working = working.plusDays(1);
        }
        return working;
    }

    @ConfigurationProperties("lotus.calendar")
    public record Settings(@DefaultValue("england-and-wales") BankHolidays region,
            @DefaultValue List<LocalDate> extraHolidays) {
    }
}
