package org.lotuspathway.meetings;

import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Regular meetings on the same weekday of each month as the first: from a first meeting on the
 * second Tuesday, the second Tuesday of each following month; from one on a fifth weekday, the
 * last such weekday of each month. Same time of day, UK time.
 */
final class MonthlySeries {

    static final int MOST_MEETINGS = 24;

    private MonthlySeries() {
    }

    static List<LocalDateTime> startingAt(LocalDateTime first, int meetings) {
        int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
        List<LocalDateTime> starts = new ArrayList<>();
        for (int month = 0; month < meetings; month++) {
            starts.add(first.plusMonths(month).with(TemporalAdjusters.dayOfWeekInMonth(ordinal == 5 ? -1 : ordinal,
                    first.getDayOfWeek())));
        }
        return starts;
    }

    /** "the second Tuesday of each month". */
    static String describe(LocalDateTime first) {
        int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
        String which = switch (ordinal) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            default -> "last";
        };
        String day = first.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        return "the " + which + " " + day + " of each month";
    }
}
