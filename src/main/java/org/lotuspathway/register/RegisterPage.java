package org.lotuspathway.register;

import java.util.List;

import org.lotuspathway.common.MatchCount;

/** One page of the register, and the matching cases counted so far past it ({@link MatchCount}). */
public record RegisterPage(List<RegisterRow> rows, MatchCount count, RegisterFilter filter) {

    public long total() {
        return count.total();
    }

    public boolean moreThanTotal() {
        return count.moreThanTotal();
    }

    public int pages() {
        return count.pages(RegisterFilter.PAGE_SIZE);
    }

    public String totalLabel() {
        return count.totalLabel();
    }

    public String pagesLabel() {
        return count.pagesLabel(RegisterFilter.PAGE_SIZE);
    }

    public boolean hasNext() {
        return count.beyond(filter.offset(), RegisterFilter.PAGE_SIZE);
    }

    public int first() {
        return rows.isEmpty() ? 0 : filter.offset() + 1;
    }

    public int last() {
        return filter.offset() + rows.size();
    }
}
