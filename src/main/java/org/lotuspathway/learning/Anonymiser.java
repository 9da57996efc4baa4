package org.lotuspathway.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes a practitioner out of free text written about their case: their name in any form ("Dr Ann
 * Example", "Dr A. Example", "Dr Example", "Ann", "Example's", "the Examples", "O’Brien" with
 * either apostrophe), their registration number however it is written ("GMC7000001", "7.000.001",
 * "01-12345", "12345"), and any case reference ("PSC-2026-00042", "PSC 2026 00042",
 * "PSC202600042", "PSC#2026#00042"). Text is matched as {@link MatchableText} (full-width letters,
 * zero-width characters, other dashes and apostrophes count as the plain ones); what is found is
 * replaced in the text as written, which otherwise stays as it was. So do anyone else named after a
 * title, email addresses, phone numbers and NHS numbers ({@link OthersInText}); other people's names
 * written without a title (a colleague's first name, a patient's) cannot be told from other words:
 * reviews should not name them.
 */
final class Anonymiser {

    static final String PRACTITIONER = "[the practitioner]";
    static final String REGISTRATION = "[registration number]";
    static final String CASE_REFERENCE = "[case reference]";
    static final String SPEAK_UP_REFERENCE = "[speak-up reference]";

    private static final int FLAGS = OthersInText.FLAGS;
    /** Up to three characters that are neither letters nor digits, within a line: "-", " - ", "#", "/". */
    private static final String SEPARATOR = "[^\\p{L}\\p{N}\\n]{0,3}";
    private static final Pattern CASE_REFERENCES = reference("PSC");
    private static final Pattern SPEAK_UP_REFERENCES = reference("SU");
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor",
            "sir", "dame", "doctor");
    /** Digits of a GOC number after its "01-" or "D-", written on their own. Shorter runs would hit years and counts. */
    private static final Pattern NUMBER_AFTER_PREFIX = Pattern.compile("^(?:01|D)[^0-9A-Za-z]*(\\d{5,6})$",
            Pattern.CASE_INSENSITIVE);

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
        MatchableText matchable = MatchableText.of(text);
        List<Found> found = new ArrayList<>();
        find(OthersInText.EMAILS, OthersInText.EMAIL, matchable, found);
        find(CASE_REFERENCES, CASE_REFERENCE, matchable, found);
        find(SPEAK_UP_REFERENCES, SPEAK_UP_REFERENCE, matchable, found);
        find(number, REGISTRATION, matchable, found);
        find(name, PRACTITIONER, matchable, found);
        // the practitioner named after a title is the practitioner, not "a person"; someone else who
        // shares a word of their name is a person, whole ("Sister Ann Jones" when Ann Example is)
        List<Found> practitionerAndNumbers = List.copyOf(found);
        find(OthersInText.TITLED_NAMES, OthersInText.PERSON, matchable, found);
        found.removeIf(each -> each.label().equals(OthersInText.PERSON) && practitionerAndNumbers.stream()
                .anyMatch(other -> other.start() <= each.start() && each.end() <= other.end()));
        find(OthersInText.PHONES, OthersInText.PHONE, matchable, found);
        find(OthersInText.NHS_NUMBERS, OthersInText.NHS_NUMBER, matchable, found);
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        StringBuilder scrubbed = new StringBuilder(text.length());
        int done = 0;
        for (Found each : found) {
            if (each.start() < done) {
                continue;
            }
            scrubbed.append(text, done, each.start());
            boolean gluedBefore = each.start() > 0 && Character.isLetterOrDigit(text.codePointBefore(each.start()));
            boolean gluedAfter = each.end() < text.length() && Character.isLetterOrDigit(text.codePointAt(each.end()));
            scrubbed.append(gluedBefore ? " " : "").append(each.label()).append(gluedAfter ? " " : "");
            done = each.end();
        }
        return scrubbed.append(text, done, text.length()).toString();
    }

    /** The texts scrubbed, one a line, for searching as an anonymised reader sees them. */
    String searchable(Stream<String> texts) {
        return texts.filter(Objects::nonNull).map(this::scrub).collect(Collectors.joining("\n"));
    }

    /** Where in the original text a pattern matched, and what replaces it. */
    private record Found(int start, int end, String label) {
    }

    private static void find(Pattern pattern, String label, MatchableText text, List<Found> found) {
        if (pattern == null) {
            return;
        }
        Matcher matcher = pattern.matcher(text.text());
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                found.add(new Found(text.originalStart(matcher.start()), text.originalEnd(matcher.end()), label));
            }
        }
    }

    /**
     * Any run of the name's words, with a title before it or not, and initials ("A." or "A", of any
     * of the name's words, or a one-letter part of it) before the run. A word written with a capital
     * may end in "s" or "es" (the Examples, Examples' notes); in lower case that would be another
     * word ("examples").
     */
    private static Pattern namePattern(String fullName) {
        if (fullName == null) {
            return null;
        }
        Set<String> words = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        // any character but a letter, apostrophe or hyphen parts the words: a name typed with markup or
        // punctuation in it ("<i>Eve</i>") is still found as its words
        for (String word : MatchableText.of(fullName).text().split("[^\\p{L}\\p{M}'-]+")) {
            if (word.isEmpty() || TITLES.contains(word.toLowerCase(Locale.UK))) {
                continue;
            }
            words.add(word);
            words.addAll(Arrays.asList(word.split("['-]")));
            if (Character.isLetter(word.codePointAt(0))) {
                initials.add(new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.UK));
            }
        }
        String alternatives = words.stream().filter(word -> word.codePointCount(0, word.length()) > 1)
                .filter(word -> !TITLES.contains(word.toLowerCase(Locale.UK)))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(word -> plural(word) + "|" + Pattern.quote(word)).collect(Collectors.joining("|"));
        if (alternatives.isEmpty()) {
            return null;
        }
        String word = "\\b(?:" + alternatives + ")\\b";
        String title = "(?:\\b(?:" + String.join("|", TITLES) + ")\\.?\\s+)?";
        // An initial is a capital letter on its own, so that the word "a" stays.
        String initial = initials.isEmpty() ? ""
                : "(?:\\b(?-i:" + initials.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\.?\\s+){0,3}";
        return Pattern.compile(title + initial + word + "(?:\\s+" + word + "){0,9}", FLAGS);
    }

    /** The word with a capital first letter and "s" or "es" after it. */
    private static String plural(String word) {
        int first = word.codePointAt(0);
        String capital = new String(Character.toChars(first)).toUpperCase(Locale.UK);
        return "(?-i:" + Pattern.quote(capital) + ")" + Pattern.quote(word.substring(Character.charCount(first)))
                + "e?s";
    }

    /** A reference however typed: "PSC-2026-00042", "psc 2026 42", "PSC202600042". */
    private static Pattern reference(String prefix) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + prefix + SEPARATOR + "\\d{4}" + SEPARATOR + "\\d+(?![\\p{L}\\p{N}])",
                FLAGS);
    }

    /**
     * The number's letters and digits, each followed by up to three separators ("7.000.001",
     * "01 – 12345"), not inside a longer number; letters just before it ("GMC7000001") are no
     * obstacle. A GOC number's digits also on their own.
     */
    private static Pattern numberPattern(String registerNumber) {
        String characters = registerNumber == null ? "" : registerNumber.replaceAll("[^0-9A-Za-z]", "");
        if (characters.length() < 3) {
            return null;
        }
        Matcher prefixed = NUMBER_AFTER_PREFIX.matcher(registerNumber.strip());
        String alternatives = spaced(characters) + (prefixed.matches() ? "|" + spaced(prefixed.group(1)) : "");
        return Pattern.compile("(?:" + alternatives + ")(?!\\p{N})", FLAGS);
    }

    /** A number that starts with a letter ("D-12345") must not start inside a word ("and 12345"). */
    private static String spaced(String characters) {
        String notInside = Character.isLetter(characters.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "(?<!\\p{N})";
        return notInside + characters.chars().mapToObj(c -> Pattern.quote(Character.toString(c)))
                .collect(Collectors.joining(SEPARATOR));
    }
}
