package org.lotuspathway.learning;

/**
 * Which improvement actions the tracker shows: by status ({@code null} for all not yet done),
 * only mine, only overdue; a page at a time, soonest due first.
 */
public record ActionFilter(ActionStatus status, Boolean all, Boolean mine, Boolean overdue, Integer page) {

    public static final int PAGE_SIZE = 25;
    public static final int LAST_PAGE = 100_000;

    public ActionFilter {
        all = Boolean.TRUE.equals(all);
        mine = Boolean.TRUE.equals(mine);
        overdue = Boolean.TRUE.equals(overdue);
        page = page == null ? 0 : Math.max(page, 0);
    }

    /** Why the filter cannot be answered as asked, or null if it can. */
    public String problem() {
        return page > LAST_PAGE ? "There are not that many pages, so the first is shown." : null;
    }

    public static ActionFilter defaults() {
        return new ActionFilter(null, null, null, null, null);
    }

    public int offset() {
        return Math.min(page, LAST_PAGE) * PAGE_SIZE;
    }
}
