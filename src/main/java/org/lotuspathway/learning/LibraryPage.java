package org.lotuspathway.learning;

import java.util.List;

/** One page of the lessons library's answer. */
public record LibraryPage(List<LibraryEntry> entries, long total, LibraryQuery query) {

    public int pages() {
        return (int) Math.max(1, (total + LibraryQuery.PAGE_SIZE - 1) / LibraryQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }

    public boolean hasNext() {
        return query.page() + 1 < pages();
    }

    public int first() {
        return entries.isEmpty() ? 0 : query.offset() + 1;
    }

    public int last() {
        return query.offset() + entries.size();
    }
}
