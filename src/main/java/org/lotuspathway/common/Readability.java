package org.lotuspathway.common;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hard a text is to read: the Flesch-Kincaid grade, and the UK reading age (grade + 5). The
 * syllable count is the usual vowel-group estimate, good enough to compare texts. Web addresses,
 * email addresses and phone numbers are left out: a reader copies them, they do not read them as
 * words, and "practitionerhealth" would otherwise count as a six-syllable word.
 */
public final class Readability {

    /** Sentences longer than this are hard to follow on a first reading. */
    public static final int LONGEST_EASY_SENTENCE = 20;

    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");
    private static final Pattern NOT_READ_AS_WORDS = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:uk|com|org|net)(?:/\\S*)?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]+(\\s+|$)|\\n\\s*\\n|\\n\\s*(?=[-*•])");

    private Readability() {
    }

    public static double grade(String text) {
        String prose = prose(text);
        List<String> words = words(prose);
        if (words.isEmpty()) {
            return 0;
        }
        int syllables = words.stream().mapToInt(Readability::syllables).sum();
        long sentenceCount = Math.max(1, sentences(prose).size());
        return 0.39 * words.size() / sentenceCount + 11.8 * syllables / words.size() - 15.59;
    }

    public static double readingAge(String text) {
        return grade(text) + 5;
    }

    /** The sentences of more than {@link #LONGEST_EASY_SENTENCE} words, longest first. */
    public static List<String> longSentences(String text) {
        return sentences(prose(text)).stream().filter(s -> words(s).size() > LONGEST_EASY_SENTENCE)
                .sorted(Comparator.comparingInt((String s) -> words(s).size()).reversed()).toList();
    }

    /** Words of four or more syllables, each once, the longest first: the words that raise the reading age most. */
    public static List<String> longWords(String text) {
        return words(prose(text)).stream().filter(w -> syllables(w) >= 4).map(w -> w.toLowerCase(Locale.UK))
                .distinct().sorted(Comparator.comparingInt(Readability::syllables).reversed()).toList();
    }

    public static int wordCount(String sentence) {
        return words(sentence).size();
    }

    static List<String> sentences(String prose) {
        return Arrays.stream(SENTENCE_END.split(prose.strip())).map(String::strip).filter(s -> !words(s).isEmpty())
                .toList();
    }

    private static String prose(String text) {
        return NOT_READ_AS_WORDS.matcher(text == null ? "" : text).replaceAll(" ");
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^A-Za-z']+")).filter(w -> !w.isBlank() && !w.equals("'")).toList();
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
