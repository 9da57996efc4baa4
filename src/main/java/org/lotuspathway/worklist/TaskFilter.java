package org.lotuspathway.worklist;

import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;

/**
 * What the task list shows: whose tasks, narrowed by stage, risk band, due date, assignee or a
 * search for a case reference or practitioner, sorted by due date, a page at a time. Bound from the
 * page's query string, where any parameter may be missing.
 */
public record TaskFilter(View view, Stage stage, RiskBand riskBand, Boolean overdue, Boolean dueThisWeek,
        String assignee, String search, Boolean latestFirst, Integer page) {

    public static final int PAGE_SIZE = 25;

    public enum View {
        /** Tasks assigned to me. */
        MINE,
        /** Tasks for my groups, and mine. */
        TEAM,
        /** Every open task of every open case (managers). */
        ALL
    }

    public TaskFilter {
        view = view == null ? View.TEAM : view;
        overdue = Boolean.TRUE.equals(overdue);
        dueThisWeek = Boolean.TRUE.equals(dueThisWeek);
        assignee = blankToNull(assignee);
        search = blankToNull(search);
        latestFirst = Boolean.TRUE.equals(latestFirst);
        page = page == null ? 0 : Math.min(Math.max(page, 0), Integer.MAX_VALUE / PAGE_SIZE - 1);
    }

    public static TaskFilter defaults() {
        return new TaskFilter(null, null, null, null, null, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public TaskFilter onPage(int number) {
        return new TaskFilter(view, stage, riskBand, overdue, dueThisWeek, assignee, search, latestFirst, number);
    }

    public TaskFilter withView(View other) {
        return new TaskFilter(other, stage, riskBand, overdue, dueThisWeek, assignee, search, latestFirst, page);
    }

    public int offset() {
        return page * PAGE_SIZE;
    }

}
