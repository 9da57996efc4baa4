package org.lotuspathway.process;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of each part of the UK, worked out for any year: the fixed days, Easter by the
 * Gregorian computus, and the Monday holidays. A holiday that falls on a weekend gives a substitute
 * day, the next weekday that is not already a holiday (so Christmas on a Saturday moves to Monday
 * and Boxing Day to Tuesday). One-off holidays (a coronation, a state funeral) are not computable:
 * they go in {@code lotus.calendar.extra-holidays}.
 */
public enum BankHolidays {

    ENGLAND_AND_WALES,
    SCOTLAND,
    NORTHERN_IRELAND;

    private static final MonthDay NEW_YEARS_DAY = MonthDay.of(Month.JANUARY, 1);
    private static final MonthDay SECOND_OF_JANUARY = MonthDay.of(Month.JANUARY, 2);
    private static final MonthDay ST_PATRICKS_DAY = MonthDay.of(Month.MARCH, 17);
    private static final MonthDay BATTLE_OF_THE_BOYNE = MonthDay.of(Month.JULY, 12);
    private static final MonthDay ST_ANDREWS_DAY = MonthDay.of(Month.NOVEMBER, 30);
    private static final MonthDay CHRISTMAS_DAY = MonthDay.of(Month.DECEMBER, 25);
    private static final MonthDay BOXING_DAY = MonthDay.of(Month.DECEMBER, 26);

    /** The days off in that year, substitute days included. */
    public Set<LocalDate> in(int year) {
        List<LocalDate> fixed = new ArrayList<>();
        Set<LocalDate> movable = new TreeSet<>();
        LocalDate easter = easterSunday(year);
        fixed.add(NEW_YEARS_DAY.atYear(year));
        movable.add(easter.minusDays(2));
        movable.add(firstMonday(year, Month.MAY));
        movable.add(lastMonday(year, Month.MAY));
        switch (this) {
            case ENGLAND_AND_WALES -> {
                movable.add(easter.plusDays(1));
                movable.add(lastMonday(year, Month.AUGUST));
            }
            case SCOTLAND -> {
                fixed.add(SECOND_OF_JANUARY.atYear(year));
                movable.add(firstMonday(year, Month.AUGUST));
                fixed.add(ST_ANDREWS_DAY.atYear(year));
            }
            case NORTHERN_IRELAND -> {
                fixed.add(ST_PATRICKS_DAY.atYear(year));
                movable.add(easter.plusDays(1));
                fixed.add(BATTLE_OF_THE_BOYNE.atYear(year));
                movable.add(lastMonday(year, Month.AUGUST));
            }
        }
        fixed.add(CHRISTMAS_DAY.atYear(year));
        fixed.add(BOXING_DAY.atYear(year));
        return withSubstitutes(fixed, movable);
    }

    /**
     * Fixed days on a weekday stand; each one on a weekend, in date order, takes the next weekday
     * that is not a holiday already.
     */
    private static Set<LocalDate> withSubstitutes(List<LocalDate> fixed, Set<LocalDate> movable) {
        Set<LocalDate> days = new TreeSet<>(movable);
        fixed.stream().filter(day -> !isWeekend(day)).forEach(days::add);
        fixed.stream().filter(BankHolidays::isWeekend).sorted().forEach(day -> {
            LocalDate substitute = day.plusDays(1);
            while (isWeekend(substitute) || days.contains(substitute)) {
                substitute = substitute.plusDays(1);
            }
            days.add(substitute);
        });
        return days;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
