package org.lotuspathway.common;

import java.util.regex.Pattern;

/**
 * Characters a person cannot see but a reader's screen obeys or keeps: control characters (other
 * than new lines and tabs), the overrides, isolates and marks that turn text round ("invoice.pdf"
 * shown for "fdp.exe"), and characters that show as nothing at all (a zero-width space, a word
 * joiner, a byte order mark, Hangul fillers). Refused in free text, where nobody means to type them.
 * The joiners that shape writing (U+200C, U+200D) stay allowed.
 */
public final class HiddenCharacters {

    private static final String INVISIBLE = "\\u200B\\u2060-\\u2064\\uFEFF\\u115F\\u1160\\u3164\\uFFA0";
    private static final String TURNING = "\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C";
    /**
     * For {@code @Pattern}: text with none of them. One character class, no alternation: a loop over
     * alternatives recurses once a character, which long text would overflow.
     */
    public static final String NONE = "[\\n\\r\\t[^\\p{Cc}" + TURNING + INVISIBLE + "]]*";
    /** What follows the field's name in the problem shown ("The summary has hidden characters ..."). */
    public static final String PROBLEM = " has hidden characters (control characters, invisible ones or text direction"
            + " changes): type it again without them";
    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[" + TURNING + INVISIBLE + "]");
    /** Nothing a reader could read: spaces of any kind, format characters, blanks that look like nothing. */
    private static final Pattern NOTHING_VISIBLE = Pattern.compile("[\\s\\p{Z}\\p{Cf}\\u2800" + INVISIBLE + "]*");

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
