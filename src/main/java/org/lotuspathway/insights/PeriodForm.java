package org.lotuspathway.insights;

import java.time.LocalDate;
import java.time.Month;

import org.lotuspathway.common.Years;
import org.springframework.format.annotation.DateTimeFormat;

/** The period asked for in a page's query string; either day may be missing. */
public record PeriodForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static final int MOST_YEARS = 10;
    static final String WHOLE_QUARTERS = "Equality monitoring counts whole calendar quarters or years: start on"
            + " 1 January, 1 April, 1 July or 1 October, and end on 31 March, 30 June, 30 September or 31 December";

    /** The period asked for, filled in from the last twelve months where a day is missing. */
    public Period period(LocalDate today) {
        checkYears();
        Period usual = Period.lastTwelveMonths(today);
        LocalDate first = from == null ? usual.from() : from;
        LocalDate last = to == null ? (from == null ? usual.to() : today) : to;
        return checked(first, last);
    }

    /**
     * The whole calendar quarters asked for, filled in from the last four quarters (this one
     * included) where a day is missing. Only whole quarters: otherwise two periods a day apart
     * would tell, between them, about the concerns raised on that one day.
     */
    public Period quarters(LocalDate today) {
        checkYears();
        Period usual = Period.lastFourQuarters(today);
        LocalDate first = from == null ? (to == null ? usual.from() : quarterStart(to).minusMonths(9)) : from;
        LocalDate last = to == null ? (from == null ? usual.to() : quarterEnd(today)) : to;
        if (!first.equals(quarterStart(first)) || !last.equals(quarterEnd(last))) {
            throw new IllegalArgumentException(WHOLE_QUARTERS);
        }
        return checked(first, last);
    }

    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonth().firstMonthOfQuarter(), 1);
    }

    static LocalDate quarterEnd(LocalDate day) {
        Month last = day.getMonth().firstMonthOfQuarter().plus(2);
        return LocalDate.of(day.getYear(), last, last.length(day.isLeapYear()));
    }

    private void checkYears() {
        for (LocalDate day : new LocalDate[] {from, to}) {
            if (!Years.within(day)) {
                throw new IllegalArgumentException(Years.ASK);
            }
        }
    }

    private static Period checked(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The period cannot end before it starts");
        }
        if (first.plusYears(MOST_YEARS).isBefore(last)) {
            throw new IllegalArgumentException("A period can be at most " + MOST_YEARS + " years long");
        }
        return new Period(first, last);
    }
}
