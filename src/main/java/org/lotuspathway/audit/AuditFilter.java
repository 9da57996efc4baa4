package org.lotuspathway.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lotuspathway.common.Years;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which lines of the audit log to show: a case reference, a username, dates (UK days, both ends
 * included) and a page. Bound from the page's query string, where any of them may be missing.
 */
public record AuditFilter(String businessKey, String actor, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {

    public static final int PAGE_SIZE = 50;

    public AuditFilter {
        businessKey = blankToNull(businessKey);
        actor = blankToNull(actor);
        page = page == null ? 0 : Math.max(page, 0);
    }

    /** Why the filter cannot be used as asked, or null if it can. */
    public String problem() {
        return Years.within(from) && Years.within(to) ? null : Years.ASK + ", so the whole log is shown.";
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }

    /** The filter in words, for the audit log's own line ("case PSC-2026-00001, from 2026-11-01"). */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (businessKey != null) {
            parts.add("case " + businessKey);
        }
        if (actor != null) {
            parts.add("by " + actor);
        }
        if (from != null) {
            parts.add("from " + from);
        }
        if (to != null) {
            parts.add("to " + to);
        }
        String filter = parts.isEmpty() ? "everything" : String.join(", ", parts);
        return filter + ", page " + (page + 1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
