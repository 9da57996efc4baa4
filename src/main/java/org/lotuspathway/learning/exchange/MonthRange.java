package org.lotuspathway.learning.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.lotuspathway.process.InvalidSubmission;

/** The months a lead asks to share, from "2026-01" (or a day in it, "2026-01-15") to "2026-11"; by default the last twelve. */
final class MonthRange {

    private MonthRange() {
    }

    static LearningExport.Selection of(String from, String to, java.util.Set<Long> chosen, LocalDate today) {
        YearMonth last = parse("to", to, YearMonth.from(today));
        YearMonth first = parse("from", from, last.minusMonths(11));
        if (first.isAfter(last)) {
            throw InvalidSubmission.of("from", "The first month must not be after the last");
        }
        if (first.getYear() < 2000 || last.getYear() > 2100) {
            throw InvalidSubmission.of("from", "Choose months from the year 2000 to 2100");
        }
        return new LearningExport.Selection(first, last, chosen);
    }

    private static YearMonth parse(String field, String text, YearMonth otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        String clean = text.strip();
        try {
            return clean.length() > 7 ? YearMonth.from(LocalDate.parse(clean)) : YearMonth.parse(clean);
        } catch (DateTimeException e) {
            throw InvalidSubmission.of(field, field + " must be a month like 2026-11");
        }
    }
}
