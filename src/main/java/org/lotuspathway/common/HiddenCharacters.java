package org.lotuspathway.common;

import java.util.regex.Pattern;

/**
 * Characters a person cannot see but a reader's screen obeys: control characters (other than new
 * lines and tabs) and the overrides and isolates that turn text round ("invoice.pdf" shown for
 * "fdp.exe"). Refused in free text, where nobody means to type them. The marks, joiners and spaces
 * that writing in other scripts needs (right-to-left marks, zero-width joiners and spaces) are not
 * refused: they cannot turn text round, and people paste them in without knowing.
 */
public final class HiddenCharacters {

    private static final String TURNING = "\\u202A-\\u202E\\u2066-\\u2069";
    /**
     * For {@code @Pattern}: text with none of them. One character class, no alternation: a loop over
     * alternatives recurses once a character, which long text would overflow.
     */
    public static final String NONE = "[\\n\\r\\t[^\\p{Cc}" + TURNING + "]]*";
    /** What follows the field's name in the problem shown ("The summary has hidden characters ..."). */
    public static final String PROBLEM = " has hidden characters (control characters or text direction changes): type it"
            + " again without them";

    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[" + TURNING + "]");
    /**
     * Nothing a reader could read: spaces of any kind, format characters (zero-width spaces, marks,
     * the byte order mark), and the blanks that look like nothing (Hangul fillers, the Braille blank).
     */
    private static final Pattern NOTHING_VISIBLE = Pattern.compile(
            "[\\s\\p{Z}\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800]*");

    private HiddenCharacters() {
    }

    public static boolean in(String text) {
        return text != null && HIDDEN.matcher(text).find();
    }

    /** Given, but nothing anyone could read (String.isBlank sees only the plain spaces). */
    public static boolean nothingVisible(String text) {
        return text != null && NOTHING_VISIBLE.matcher(text).matches();
    }

    /** "Summary has hidden characters ...": the problem to show, naming what was typed. */
    public static String problem(String what) {
        return what + PROBLEM;
    }
}
