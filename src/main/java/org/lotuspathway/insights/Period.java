package org.lotuspathway.insights;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lotuspathway.process.PathwayClock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The cases insights count: those raised from {@code from} to {@code to}, both whole days in UK
 * time. Month-by-month figures fall in the months of the period, by UK month.
 */
public record Period(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A period has a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end before it starts");
        }
    }

    /** The twelve months up to today: this month so far and the eleven before it. */
    public static Period lastTwelveMonths(LocalDate today) {
        return new Period(today.withDayOfMonth(1).minusMonths(11), today);
    }

    /** This calendar quarter and the three before it, to the quarter's end. */
    public static Period lastFourQuarters(LocalDate today) {
        LocalDate thisQuarter = PeriodForm.quarterStart(today);
        return new Period(thisQuarter.minusMonths(9), PeriodForm.quarterEnd(today));
    }

    public Instant start() {
        return from.atStartOfDay(PathwayClock.UK).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(PathwayClock.UK).toInstant();
    }

    public Timestamp startTimestamp() {
        return Timestamp.from(start());
    }

    public Timestamp endTimestamp() {
        return Timestamp.from(end());
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(YearMonth.from(from)) && !month.isAfter(YearMonth.from(to));
    }

    /** The period as the named parameters "from" (its start) and "to" (the moment after it) of a query. */
    public MapSqlParameterSource parameters() {
        return new MapSqlParameterSource("from", startTimestamp()).addValue("to", endTimestamp());
    }

    public static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(PathwayClock.UK));
    }

    public static String label(YearMonth month) {
        return MONTH.format(month);
    }

    /** For file names: 2026-01-01-to-2026-06-30. */
    public String slug() {
        return from + "-to-" + to;
    }

    public String describe() {
        return DAY.format(from) + " to " + DAY.format(to);
    }
}
