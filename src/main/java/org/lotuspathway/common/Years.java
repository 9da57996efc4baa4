package org.lotuspathway.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * The years a date anyone types may fall in. Java's dates reach a billion years either way, and
 * a day added to the last of them, or a month taken from the first, throws; a date outside these
 * years is a slip of the keyboard, refused with {@link #ASK} before anything works it out.
 */
public final class Years {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;
    /** The years in words, for a message of one's own ("must be a date " + RANGE). */
    public static final String RANGE = "from the year " + FIRST + " to " + LAST;
    /** What to tell whoever typed a date outside them. */
    public static final String ASK = "Enter dates " + RANGE;

    private Years() {
    }

    private static boolean within(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** True for no date at all: a missing date is for the caller to judge. */
    public static boolean within(LocalDate day) {
        return day == null || within(day.getYear());
    }

    public static boolean within(LocalDateTime moment) {
        return moment == null || within(moment.getYear());
    }

    public static boolean within(YearMonth month) {
        return month == null || within(month.getYear());
    }
}
