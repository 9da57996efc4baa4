package org.lotuspathway.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * A date from a form's date field: a date picker sends 2026-11-18; a browser without one sends what
 * was typed, as our hints show it, 18/11/2026 (day first, as in the UK).
 */
public final class TypedDates {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private TypedDates() {
    }

    /** The date, or a DateTimeParseException when it is neither form. */
    public static LocalDate parse(String typed) {
        String date = typed.strip();
        return date.contains("/") ? LocalDate.parse(date, DAY_FIRST) : LocalDate.parse(date);
    }
}
