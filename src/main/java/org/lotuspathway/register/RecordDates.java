package org.lotuspathway.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The dates the register and records take: an ISO date (2026-11-20) in the years 1900 to 2999.
 * java.time reads years up to a billion, which the database's timestamps and java.sql dates cannot
 * hold: such a year came back as another, or stopped a search with an error.
 */
final class RecordDates {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private RecordDates() {
    }

    /** The date, or empty for text that is no date or one outside the years 1900 to 2999. */
    static Optional<LocalDate> read(String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What to say of text {@link #read} refused, about the field called {@code subject}. */
    static String problem(String subject) {
        return subject + " must be a real date from 1900 to 2999, like 2026-11-20";
    }
}
