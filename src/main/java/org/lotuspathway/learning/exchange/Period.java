package org.lotuspathway.learning.exchange;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an entry was reviewed, as the exchange says it: a month ("2026-11"), or, generalised so that
 * fewer entries stand out, its quarter ("2026-Q4") or its year ("2026"). Never a day.
 */
record Period(String text, LocalDate starts, LocalDate ends) {

    private static final Pattern FORMS = Pattern.compile("^(\\d{4})(?:-(\\d{2})|-Q([1-4]))?$");

    static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    static Period quarter(YearMonth month) {
        int quarter = (month.getMonthValue() - 1) / 3 + 1;
        YearMonth first = YearMonth.of(month.getYear(), quarter * 3 - 2);
        return new Period(month.getYear() + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    static Period year(YearMonth month) {
        return new Period(String.valueOf(month.getYear()), LocalDate.of(month.getYear(), 1, 1),
                LocalDate.of(month.getYear(), 12, 31));
    }

    /** A period as the schema allows it; the schema has been checked first. */
    static Period parse(String text) {
        Matcher matcher = FORMS.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a period: " + text);
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null) {
            return month(YearMonth.of(year, Integer.parseInt(matcher.group(2))));
        }
        if (matcher.group(3) != null) {
            return quarter(YearMonth.of(year, Integer.parseInt(matcher.group(3)) * 3));
        }
        return year(YearMonth.of(year, 1));
    }

    int year() {
        return starts.getYear();
    }
}
