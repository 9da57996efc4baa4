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
    /** Letters, digits, punctuation and symbols that show as nothing: Hangul fillers, the Braille blank, U+FFFC. */
    private static final String BLANK_LOOKING = "\u115F\u1160\u3164\uFFA0\u2800\uFFFC";

    private HiddenCharacters() {
    }

    public static boolean in(String text) {
        return text != null && HIDDEN.matcher(text).find();
    }

    /**
     * Given, but nothing anyone could read: no letter, digit, punctuation or symbol that shows (so
     * spaces of any kind, format characters, marks with nothing to sit on, private and unassigned
     * characters are not enough). String.isBlank sees only the plain spaces.
     */
    public static boolean nothingVisible(String text) {
        return text != null && text.codePoints().noneMatch(HiddenCharacters::shows);
    }

    private static boolean shows(int codePoint) {
        if (BLANK_LOOKING.indexOf(codePoint) >= 0) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** "Summary has hidden characters ...": the problem to show, naming what was typed. */
    public static String problem(String what) {
        return what + PROBLEM;
    }
}
