package org.lotuspathway.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a name folded to plain ASCII lower case, as people type them when they search:
 * "Dr Zoë Ångström-Øye" has the words dr, zoe, angstrom and oye. Accents go (é, ö, å), and so
 * do the letters that do not decompose into a letter and an accent (ø, æ, ß, ł, đ, þ).
 */
public final class FoldedWords {

    /** The longest word kept: longer ones are cut to this (the column's length). */
    public static final int MAX_LENGTH = 100;

    private static final Map<Character, String> UNDECOMPOSED = Map.ofEntries(Map.entry('ø', "o"),
            Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ß', "ss"), Map.entry('ł', "l"), Map.entry('đ', "d"),
            Map.entry('ð', "d"), Map.entry('þ', "th"), Map.entry('ı', "i"), Map.entry('ħ', "h"));

    private FoldedWords() {
    }

    /** Each word once, in the order they come. */
    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        for (char c : fold(text).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(cut(word));
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(cut(word));
        }
        return words;
    }

    /** The words as a list, for a search that needs each to match. */
    public static List<String> listOf(String text) {
        return new ArrayList<>(of(text));
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(lower.length());
        for (char c : Normalizer.normalize(lower, Normalizer.Form.NFD).toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            plain.append(UNDECOMPOSED.getOrDefault(c, String.valueOf(c)));
        }
        return plain.toString();
    }

    private static String cut(StringBuilder word) {
        return word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word.toString();
    }
}
