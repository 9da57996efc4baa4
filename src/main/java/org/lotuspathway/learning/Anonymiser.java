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
 * replaced in the text as written, which otherwise stays as it was. Anyone else named after a title
 * ("Dr Patel", "Mrs J. Smith", "Nurse Okafor"; the forms are on {@link #TITLED_NAMES}) goes too;
 * other people's names written without one (a colleague's first name, a patient's) cannot be told
 * from other words: reviews should not name them.
 */
final class Anonymiser {

    static final String PRACTITIONER = "[the practitioner]";
    static final String REGISTRATION = "[registration number]";
    static final String CASE_REFERENCE = "[case reference]";
    static final String PERSON = "[a person]";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** Up to three characters that are neither letters nor digits, within a line: "-", " - ", "#", "/". */
    private static final String SEPARATOR = "[^\\p{L}\\p{N}\\n]{0,3}";
    private static final Pattern CASE_REFERENCES = Pattern.compile(
            "(?<![\\p{L}\\p{N}])PSC" + SEPARATOR + "\\d{4}" + SEPARATOR + "\\d+(?![\\p{L}\\p{N}])", FLAGS);
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor",
            "sir", "dame", "doctor");
    /**
     * A word with a capital, and parts after an apostrophe or hyphen with one ("O'Brien-Patel", not
     * "Lee's"); or a word of a script without capitals. Every repeat is bounded: java.util.regex goes a
     * level deeper for each, and reviews are long.
     */
    private static final String CAPITALISED = "(?:(?-i:\\p{Lu}\\p{L}*(?:['-]\\p{Lu}\\p{L}*){0,3})|\\p{Lo}[\\p{Lo}\\p{M}]*)";
    /** The small words inside many surnames: "van der Berg", "de la Cruz", "bin Salleh". */
    private static final String PARTICLES = "(?:(?-i:van|von|der|den|de|del|della|da|di|du|la|le|bin|binti|ibn|al|ap|ter|ten)"
            + "\\s+){0,3}";
    /** Initials before the name: "J. ", "J.", "J ". */
    private static final String INITIALS = "(?:(?-i:\\p{Lu})(?:\\.\\s*|\\s+)){0,3}";
    /** Up to four words of a name ("Mary Anne van der Berg"), after any initials. */
    private static final String NAMED = INITIALS + PARTICLES + CAPITALISED + "(?:\\s+" + PARTICLES + CAPITALISED + "){0,3}";
    /** After an abbreviated title: a full stop, a space or both ("Dr.Patel", "Dr. Patel", "Dr Patel"). */
    private static final String AFTER = "(?:\\.\\s*|\\s+)";
    /**
     * Someone named after a title, whoever they are: "Dr Patel", "Mrs J.Smith", "Mr van der Berg",
     * "Sister Mary Jones", "Pharmacist Greenhalgh", "Drs Lee and Kim". Abbreviated titles count as
     * written ("Dr", "Mrs"), and in lower case "dr", "mr" and "mrs" with whatever word follows ("dr
     * okoro"): capitals ("DR", "MR") are clinical abbreviations as often as titles. Titles that are also
     * ordinary words ("doctor", "sister", "consultant") count only before a name with a capital, and
     * without a full stop between, which would end a sentence.
     */
    private static final Pattern TITLED_NAMES = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + "(?-i:Drs|Messrs)" + AFTER + NAMED + "(?:\\s*(?:,|and|&)\\s*" + NAMED + "){0,10}"
            + "|(?-i:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Rev|Sr)" + AFTER + NAMED
            + "|(?-i:dr|mr|mrs)" + AFTER + "(?:" + NAMED + "|(?:\\p{Ll}\\.\\s*){0,3}\\p{L}[\\p{L}'-]{0,60})"
            + "|(?:sir|dame|doctor|professor|reverend|nurse|sister|matron|midwife|pharmacist|receptionist|paramedic"
            + "|consultant|registrar|surgeon|dentist|optometrist|physiotherapist|therapist)\\s+" + NAMED + ")", FLAGS);
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
        find(CASE_REFERENCES, CASE_REFERENCE, matchable, found);
        find(number, REGISTRATION, matchable, found);
        find(name, PRACTITIONER, matchable, found);
        // the practitioner named after a title is the practitioner, not "a person"; someone else who
        // shares a word of their name is a person, whole ("Sister Ann Jones" when Ann Example is)
        List<Found> practitionerAndNumbers = List.copyOf(found);
        find(TITLED_NAMES, PERSON, matchable, found);
        found.removeIf(each -> each.label().equals(PERSON) && practitionerAndNumbers.stream()
                .anyMatch(other -> other.start() <= each.start() && each.end() <= other.end()));
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
