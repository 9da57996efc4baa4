package org.lotuspathway.worklist;

import java.util.List;

/**
 * One page of the task list. The matching tasks are counted only so far past the page: when
 * {@code moreThanTotal} is set there are more than {@code total} of them.
 */
public record WorkPage(List<WorkItem> items, long total, boolean moreThanTotal, TaskFilter filter) {

    /** The pages known to be there: all of them, or as many as counting reached. */
    public int pages() {
        long counted = moreThanTotal ? total : total + TaskFilter.PAGE_SIZE - 1;
        return (int) Math.max(1, counted / TaskFilter.PAGE_SIZE);
    }

    public String totalLabel() {
        return moreThanTotal ? "more than " + total : String.valueOf(total);
    }

    public String pagesLabel() {
        return moreThanTotal ? "more than " + pages() : String.valueOf(pages());
    }

    public boolean hasPrevious() {
        return filter.page() > 0;
    }

    public boolean hasNext() {
        return moreThanTotal || filter.page() + 1 < pages();
    }

    public int first() {
        return items.isEmpty() ? 0 : filter.offset() + 1;
    }

    public int last() {
        return filter.offset() + items.size();
    }
}
