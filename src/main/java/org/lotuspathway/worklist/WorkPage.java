package org.lotuspathway.worklist;

import java.util.List;

/** One page of the task list. */
public record WorkPage(List<WorkItem> items, long total, TaskFilter filter) {

    public int pages() {
        return (int) Math.max(1, (total + TaskFilter.PAGE_SIZE - 1) / TaskFilter.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return filter.page() > 0;
    }

    public boolean hasNext() {
        return filter.page() + 1 < pages();
    }

    public int first() {
        return items.isEmpty() ? 0 : filter.offset() + 1;
    }

    public int last() {
        return filter.offset() + items.size();
    }
}
