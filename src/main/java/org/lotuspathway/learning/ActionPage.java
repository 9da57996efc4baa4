package org.lotuspathway.learning;

import java.util.List;

/** One page of the improvement-action tracker. */
public record ActionPage(List<ActionItem> items, long total, ActionFilter filter) {

    public int pages() {
        return (int) Math.max(1, (total + ActionFilter.PAGE_SIZE - 1) / ActionFilter.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return filter.page() > 0;
    }

    public boolean hasNext() {
        return filter.page() + 1 < pages();
    }
}
