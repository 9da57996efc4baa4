package org.lotuspathway.learning;

/**
 * Which improvement actions the tracker shows: by status ({@code null} for all not yet done),
 * only mine, only overdue; a page at a time, soonest due first.
 */
public record ActionFilter(ActionStatus status, Boolean all, Boolean mine, Boolean overdue, Integer page) {

    public static final int PAGE_SIZE = 25;

    public ActionFilter {
        all = Boolean.TRUE.equals(all);
        mine = Boolean.TRUE.equals(mine);
        overdue = Boolean.TRUE.equals(overdue);
        page = page == null ? 0 : Math.max(page, 0);
    }

    public static ActionFilter defaults() {
        return new ActionFilter(null, null, null, null, null);
    }

    public int offset() {
        return page * PAGE_SIZE;
    }
}
