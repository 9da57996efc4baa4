package org.lotuspathway.learning;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takes a practitioner out of free text written about their case: their name in any form ("Dr Ann
 * Example", "Dr Example", "Ann", "Example's"), their registration number, and any case reference.
 * It cannot know other people's names (colleagues, patients): reviews should not name them.
 */
final class Anonymiser {

    static final String PRACTITIONER = "[the practitioner]";
    static final String REGISTRATION = "[registration number]";
    static final String CASE_REFERENCE = "[case reference]";

    private static final Pattern CASE_REFERENCES = Pattern.compile("(?i)\\bPSC-\\d{4}-\\d+\\b");
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

    /** Any run of the name's words, with a title before it or not. */
    private static Pattern namePattern(String fullName) {
        if (fullName == null) {
            return null;
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : fullName.split("[\\s,.]+")) {
            words.add(word);
            words.addAll(Set.of(word.split("[-'\u2019]")));
        }
        String alternatives = words.stream().filter(word -> word.length() > 1)
                .filter(word -> !TITLES.contains(word.toLowerCase(Locale.UK)))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        if (alternatives.isEmpty()) {
            return null;
        }
        String word = "\\b(?:" + alternatives + ")\\b";
        String title = "(?:\\b(?:" + String.join("|", TITLES) + ")\\.?\\s+)?";
        return Pattern.compile(title + word + "(?:\\s+" + word + ")*", FLAGS);
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
