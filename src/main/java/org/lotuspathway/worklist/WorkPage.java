package org.lotuspathway.worklist;

import java.util.List;

import org.lotuspathway.common.MatchCount;

/** One page of the task list, and the matching tasks counted so far past it ({@link MatchCount}). */
public record WorkPage(List<WorkItem> items, MatchCount count, TaskFilter filter) {

    public long total() {
        return count.total();
    }

    public boolean moreThanTotal() {
        return count.moreThanTotal();
    }

    public int pages() {
        return count.pages(TaskFilter.PAGE_SIZE);
    }

    public String totalLabel() {
        return count.totalLabel();
    }

    public String pagesLabel() {
        return count.pagesLabel(TaskFilter.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return filter.page() > 0;
    }

    public boolean hasNext() {
        return count.beyond(filter.offset(), TaskFilter.PAGE_SIZE);
    }

    public int first() {
        return items.isEmpty() ? 0 : filter.offset() + 1;
    }

    public int last() {
        return filter.offset() + items.size();
    }
}
