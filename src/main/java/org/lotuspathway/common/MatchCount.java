package org.lotuspathway.common;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * How many things a search matches, counted only so far: 20 pages' worth from the start of the page
 * shown. A search matching thousands is told there are "more than 500" rather than kept waiting
 * while each is counted. When {@code moreThanTotal} is set there are more than {@code total} of them.
 */
public record MatchCount(long total, boolean moreThanTotal) {

    /** Pages' worth of matches counted past the start of the page shown. */
    public static final int PAGES_COUNTED_AHEAD = 20;

    /**
     * Counts the rows of {@code fromWhere} (a query's {@code from} and {@code where}, written by our
     * code, every value in it bound from {@code parameters}) up to {@code countedAtMost}, and one more
     * to tell whether there are more. Adds {@code countLimit} to the parameters.
     */
    public static MatchCount upTo(long countedAtMost, NamedParameterJdbcTemplate jdbc, String fromWhere,
            MapSqlParameterSource parameters) {
        Long counted = jdbc.queryForObject("select count(*) from (select 1" + fromWhere + " limit :countLimit) matching",
                parameters.addValue("countLimit", countedAtMost + 1), Long.class);
        long total = counted == null ? 0 : counted;
        return total > countedAtMost ? new MatchCount(countedAtMost, true) : new MatchCount(total, false);
    }

    /** The pages known to be there: all of them, or as many as counting reached. */
    public int pages(int pageSize) {
        long counted = moreThanTotal ? total : total + pageSize - 1;
        return (int) Math.max(1, counted / pageSize);
    }

    public String totalLabel() {
        return moreThanTotal ? "more than " + total : String.valueOf(total);
    }

    public String pagesLabel(int pageSize) {
        return moreThanTotal ? "more than " + pages(pageSize) : String.valueOf(pages(pageSize));
    }

    /** Whether a page follows the one starting at {@code offset}. */
    public boolean beyond(int offset, int pageSize) {
        return moreThanTotal || offset + pageSize < total;
    }
}
