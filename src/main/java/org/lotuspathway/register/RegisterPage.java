package org.lotuspathway.register;

import java.util.List;

/** One page of the register, and how many cases match in all. */
public record RegisterPage(List<RegisterRow> rows, long total, RegisterFilter filter) {

    public int pages() {
        return (int) Math.max(1, (total + RegisterFilter.PAGE_SIZE - 1) / RegisterFilter.PAGE_SIZE);
    }

    public boolean hasNext() {
        return filter.page() + 1 < pages();
    }

    public int first() {
        return rows.isEmpty() ? 0 : filter.offset() + 1;
    }

    public int last() {
        return filter.offset() + rows.size();
    }
}
