package org.lotuspathway.learning;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes a practitioner out of free text written about their case: their name in any form ("Dr Ann
 * Example", "Dr A. Example", "Dr Example", "Ann", "Example's", "O’Brien" with either apostrophe),
 * their registration number, and any case reference however it is written ("PSC-2026-00042",
 * "PSC 2026 00042", "PSC202600042"). It cannot know other people's names (colleagues, patients):
 * reviews should not name them.
 */
final class Anonymiser {

    static final String PRACTITIONER = "[the practitioner]";
    static final String REGISTRATION = "[registration number]";
    static final String CASE_REFERENCE = "[case reference]";

    private static final String APOSTROPHES = "'\u2018\u2019\u02bc`";
    private static final String ANY_APOSTROPHE = "[" + APOSTROPHES + "]";
    private static final Pattern CASE_REFERENCES = Pattern.compile(
            "(?i)(?<![0-9A-Za-z])PSC[\\s\\-/_.]*\\d{4}[\\s\\-/_.]*\\d+(?![0-9A-Za-z])");
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor",
            "sir", "dame", "doctor");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final Pattern name;
    private final Pattern number;

    private Anonymiser(Pattern name, Pattern number) {
        this.name = name;
        this.number = number;
    }

    static Anonymiser of(String practitionerName, String registerNumber) {
        return new Anonymiser(namePattern(practitionerName), numberPattern(registerNumber));
    }

    String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String scrubbed = CASE_REFERENCES.matcher(text).replaceAll(CASE_REFERENCE);
        if (number != null) {
            scrubbed = number.matcher(scrubbed).replaceAll(REGISTRATION);
        }
        if (name != null) {
            scrubbed = name.matcher(scrubbed).replaceAll(PRACTITIONER);
        }
        return scrubbed;
    }

    /** The texts scrubbed, one a line, for searching as an anonymised reader sees them. */
    String searchable(Stream<String> texts) {
        return texts.filter(Objects::nonNull).map(this::scrub).collect(Collectors.joining("\n"));
    }

    /**
     * Any run of the name's words, with a title before it or not, and initials ("A." or "A", of any
     * of the name's words, or a one-letter part of it) before the run.
     */
    private static Pattern namePattern(String fullName) {
        if (fullName == null) {
            return null;
        }
        Set<String> words = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        for (String word : fullName.split("[\\s,.]+")) {
            if (word.isEmpty() || TITLES.contains(word.toLowerCase(Locale.UK))) {
                continue;
            }
            words.add(word);
            words.addAll(Set.of(word.split("[-" + APOSTROPHES + "]")));
            if (Character.isLetter(word.codePointAt(0))) {
                initials.add(new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.UK));
            }
        }
        String alternatives = words.stream().filter(word -> word.codePointCount(0, word.length()) > 1)
                .filter(word -> !TITLES.contains(word.toLowerCase(Locale.UK)))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Anonymiser::anyApostrophe).collect(Collectors.joining("|"));
        if (alternatives.isEmpty()) {
            return null;
        }
        String word = "\\b(?:" + alternatives + ")\\b";
        String title = "(?:\\b(?:" + String.join("|", TITLES) + ")\\.?\\s+)?";
        // An initial is a capital letter on its own, so that the word "a" stays.
        String initial = initials.isEmpty() ? ""
                : "(?:\\b(?-i:" + initials.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\.?\\s+)*";
        return Pattern.compile(title + initial + word + "(?:\\s+" + word + ")*", FLAGS);
    }

    /** The word, quoted, with any apostrophe in it matching any other. */
    private static String anyApostrophe(String word) {
        return Stream.of(word.split(ANY_APOSTROPHE, -1)).map(Pattern::quote).collect(Collectors.joining(ANY_APOSTROPHE));
    }

    /** The number's letters and digits, however they are spaced or hyphenated. */
    private static Pattern numberPattern(String registerNumber) {
        String characters = registerNumber == null ? "" : registerNumber.replaceAll("[^0-9A-Za-z]", "");
        if (characters.length() < 3) {
            return null;
        }
        String spaced = characters.chars().mapToObj(c -> Pattern.quote(Character.toString(c)))
                .collect(Collectors.joining("[\\s-]?"));
        return Pattern.compile("(?<![0-9A-Za-z])" + spaced + "(?![0-9A-Za-z])", Pattern.CASE_INSENSITIVE);
    }
}
