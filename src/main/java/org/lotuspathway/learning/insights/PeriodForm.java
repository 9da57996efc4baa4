package org.lotuspathway.learning.insights;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The period asked for in a page's query string; either day may be missing. */
public record PeriodForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static final int MOST_YEARS = 10;

    /** The period asked for, filled in from the last twelve months where a day is missing. */
    public Period period(LocalDate today) {
        Period usual = Period.lastTwelveMonths(today);
        LocalDate first = from == null ? usual.from() : from;
        LocalDate last = to == null ? (from == null ? usual.to() : today) : to;
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The period cannot end before it starts");
        }
        if (first.plusYears(MOST_YEARS).isBefore(last)) {
            throw new IllegalArgumentException("A period can be at most " + MOST_YEARS + " years long");
        }
        return new Period(first, last);
    }
}
