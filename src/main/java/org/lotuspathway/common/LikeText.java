package org.lotuspathway.common;

/**
 * A word searched for with SQL's LIKE as the text it is: "%", "_" and a backslash typed into a search
 * are characters to find, not wildcards or escapes (H2 and PostgreSQL both take a backslash as LIKE's
 * escape: "\e" would find any "e"). Use {@link #containing} for the parameter and {@link #ESCAPE}
 * after the LIKE.
 */
public final class LikeText {

    /** The same on H2 and PostgreSQL: a backslash before "%", "_" or itself makes it literal. */
    public static final String ESCAPE = " escape '\\'";

    private LikeText() {
    }

    public static String containing(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
