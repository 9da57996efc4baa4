package org.lotuspathway.learning;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.lotuspathway.common.Years;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.panel.PanelDecision;
import org.lotuspathway.triage.Route;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the lessons library is asked for: words to find in the learning, and filters by theme, SEIPS
 * factor, concern area, profession, route, outcome and date reviewed. Bound from the page's query
 * string, where any parameter may be missing. {@code outcome} is a panel decision, or
 * {@link #NO_PANEL} for cases that never went to a panel.
 */
public record LibraryQuery(String q, String theme, SeipsFactor factor, ConcernArea area, Profession profession,
        Route route, String outcome, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean anonymised, Integer page) {

    public static final int PAGE_SIZE = 20;
    public static final int LAST_PAGE = 100_000;
    public static final String NO_PANEL = "NONE";
    private static final int MOST_WORDS = 6;

    public LibraryQuery {
        q = blankToNull(q);
        theme = blankToNull(theme);
        outcome = blankToNull(outcome);
        if (outcome != null && !NO_PANEL.equals(outcome) && !isDecision(outcome)) {
            outcome = null;
        }
        anonymised = Boolean.TRUE.equals(anonymised);
        page = page == null ? 0 : Math.max(page, 0);
    }

    /** Why the query cannot be answered as asked, or null if it can. */
    public String problem() {
        for (LocalDate day : new LocalDate[] {from, to}) {
            if (!Years.within(day)) {
                return Years.ASK + ", so every review is shown.";
            }
        }
        if (page > LAST_PAGE) {
            return "There are not that many pages, so the first is shown.";
        }
        return null;
    }

    public static LibraryQuery everything() {
        return new LibraryQuery(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The words searched for, each to be found somewhere in a review; wildcards are taken literally away. */
    public List<String> words() {
        if (q == null) {
            return List.of();
        }
        return Arrays.stream(q.toLowerCase(Locale.UK).replace("%", "").replace("_", "").split("\\s+"))
                .filter(word -> !word.isBlank()).distinct().limit(MOST_WORDS).toList();
    }

    public int offset() {
        return Math.min(page, LAST_PAGE) * PAGE_SIZE;
    }

    private static boolean isDecision(String text) {
        return Arrays.stream(PanelDecision.values()).anyMatch(decision -> decision.name().equals(text));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
