package org.lotuspathway.updates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Every letter says what it is, and no two say the same: "Update after the panel on 4 December
 * 2026", then "... (second discussion that day)" when the panel discussed the case again that day.
 */
final class LetterTitles {

    static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");

    private LetterTitles() {
    }

    /** {@code ofTheDay}: 1 for the first update on a meeting date, 2 for the second, and so on. */
    static String of(UpdateKind kind, LocalDate meetingDate, int ofTheDay) {
        if (kind == UpdateKind.CLOSURE) {
            return "Your case is closed";
        }
        String title = meetingDate == null ? "Update after the panel" : "Update after the panel on " + IN_WORDS.format(meetingDate);
        if (ofTheDay <= 1) {
            return title;
        }
        String ordinal = ofTheDay <= ORDINALS.size() ? ORDINALS.get(ofTheDay - 1) : "number " + ofTheDay;
        return title + " (" + ordinal + " discussion that day)";
    }
}
