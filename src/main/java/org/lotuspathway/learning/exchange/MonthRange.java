package org.lotuspathway.learning.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.lotuspathway.common.Years;
import org.lotuspathway.process.InvalidSubmission;

/** The months a lead asks to share, from "2026-01" (or a day in it, "2026-01-15") to "2026-11"; by default the last twelve. */
final class MonthRange {

    private MonthRange() {
    }

    static LearningExport.Selection of(String from, String to, java.util.Set<Long> chosen, LocalDate today) {
        YearMonth asked = parse("to", to);
        YearMonth last = asked == null ? YearMonth.from(today) : asked;
        asked = parse("from", from);
        YearMonth first = asked == null ? last.minusMonths(11) : asked;
        if (first.isAfter(last)) {
            throw InvalidSubmission.of("from", "The first month must not be after the last");
        }
        return new LearningExport.Selection(first, last, chosen);
    }

    /** The month typed, or null if none was; one outside {@link Years} is refused before any sum is done with it. */
    private static YearMonth parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        YearMonth month;
        try {
            month = clean.length() > 7 ? YearMonth.from(LocalDate.parse(clean)) : YearMonth.parse(clean);
        } catch (DateTimeException e) {
            throw InvalidSubmission.of(field, field + " must be a month like 2026-11");
        }
        if (!Years.within(month)) {
            throw InvalidSubmission.of(field, "Choose months " + Years.RANGE);
        }
        return month;
    }
}
