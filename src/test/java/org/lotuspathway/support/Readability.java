package org.lotuspathway.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hard a text is to read: the Flesch-Kincaid grade, and the UK reading age (grade + 5). The
 * syllable count is the usual vowel-group estimate, good enough to compare texts.
 */
public final class Readability {

    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    public static double grade(String text) {
        String[] sentences = text.strip().split("[.!?:;]+(\\s+|$)");
        String[] words = Arrays.stream(text.split("[^A-Za-z']+")).filter(w -> !w.isBlank()).toArray(String[]::new);
        if (words.length == 0) {
            return 0;
        }
        int syllables = Arrays.stream(words).mapToInt(Readability::syllables).sum();
        long sentenceCount = Math.max(1, Arrays.stream(sentences).filter(s -> !s.isBlank()).count());
        return 0.39 * words.length / sentenceCount + 11.8 * syllables / words.length - 15.59;
    }

    public static double readingAge(String text) {
        return grade(text) + 5;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.UK).replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher groups = VOWEL_GROUPS.matcher(w);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
