package org.lotuspathway.common;

import java.util.regex.Pattern;

/**
 * Characters a person cannot see but a reader's screen obeys: control characters (other than
 * new lines and tabs) and the overrides and isolates that turn text round ("invoice.pdf" shown for
 * "fdp.exe"). Refused in free text, where nobody means to type them.
 */
public final class HiddenCharacters {

    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");

    private HiddenCharacters() {
    }

    public static boolean in(String text) {
        return text != null && HIDDEN.matcher(text).find();
    }

    /** "Summary has hidden characters ...": the problem to show, naming what was typed. */
    public static String problem(String what) {
        return what + " has hidden characters (control characters or text direction changes): type it again"
                + " without them";
    }
}
