package org.lotuspathway.learning.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lotuspathway.learning.ActionOwners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Looks in text that is about to leave, or has just arrived, for anything that could identify
 * someone: a name of a practitioner or member of staff known here, a registration number, a case
 * reference, an email address, a phone number or a postcode. It says only what kind of thing it
 * found, never the thing, so that a refusal or a held-back entry quotes nothing.
 * <p>
 * A name is found as two of its words together ("Ann Example", "Marie Example") or as a title with
 * the family name ("Dr Example"), in any case and with accents or full-width letters typed in: a
 * family name alone is also an ordinary word too often ("Hill", "Green") to hold text back for it.
 */
@Component
public class IdentifierScan {

    public static final String NAME = "a name of a practitioner or member of staff";
    public static final String REGISTRATION = "a registration number";
    public static final String CASE_REFERENCE = "a case reference";
    public static final String EMAIL = "an email address";
    public static final String PHONE = "a phone number";
    public static final String POSTCODE = "a postcode";

    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor",
            "sir", "dame", "doctor");
    private static final Pattern CASE_REFERENCES = Pattern.compile("(?i)(?<![a-z0-9])PSC[^a-z0-9\\n]{0,3}\\d{4}[^a-z0-9\\n]{0,3}\\d+");
    private static final List<Pattern> REGISTRATION_NUMBERS = List.of(
            // GMC and GPhC numbers: seven digits on their own
            Pattern.compile("(?<![\\d.,])\\d{7}(?![\\d.,]\\d)"),
            // GOC numbers: 01-12345, D-12345
            Pattern.compile("(?i)(?<![a-z0-9])(?:01|D)\\s?-\\s?\\d{4,6}(?!\\d)"),
            // NMC PINs: 12A3456E
            Pattern.compile("(?i)(?<![a-z0-9])\\d{2}[a-z]\\d{4}[a-z](?![a-z0-9])"),
            // HCPC numbers: PA12345
            Pattern.compile("(?<![A-Za-z0-9])(?:AS|BS|CH|CS|DT|HAD|OD|OT|PA|PH|PYL|PO|RA|SL|SW)\\s?\\d{5,6}(?!\\d)"),
            // a register named, then a number: "GDC 12345", "GMC no. 7000001", "registration number: 4321"
            Pattern.compile("(?i)(?:GMC|GDC|GOC|NMC|GPhC|HCPC|registration)\\s*(?:no\\.?|number|num\\.?|#)?"
                    + "\\s*[:#-]?\\s*[a-z]{0,2}\\d{4,7}"));
    private static final Pattern EMAILS = Pattern.compile("[\\p{L}\\p{N}._%+'-]+\\s?@\\s?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern PHONES = Pattern.compile("(?<![\\d])(?:\\+\\s?44|0)[\\d\\s()./_-]{8,24}\\d");
    private static final Pattern POSTCODES = Pattern.compile(
            "(?i)(?<![a-z0-9])([a-z]{1,2}\\d[a-z\\d]?)[\\s._-]*(\\d)([a-z]{2})(?![a-z0-9])");
    /** One space, dot, slash, underscore or hyphen between two digits. */
    private static final Pattern DIGIT_GAPS = Pattern.compile("(?<=\\d)[ ./_-](?=\\d)");
    /** Cyrillic and Greek letters drawn like Latin ones ("Аnn" with a Cyrillic A), read as those. */
    private static final String LOOKALIKES = "аaеeоoрpсcуyхxіiјjѕsԁdһhԛqԝwАAВBЕEКKМMНHОOРPСCТTХXІIЈJЅS"
            + "αaοoιiκkνvρpτtυuχxΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";
    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}'’-]+");

    private final JdbcTemplate jdbc;
    private final ActionOwners staff;

    IdentifierScan(JdbcTemplate jdbc, ActionOwners staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /** A scanner that knows the names of today's practitioners and staff: build one per bundle. */
    public Scanner scanner() {
        Set<String> pairs = new HashSet<>();
        Set<String> familyNames = new HashSet<>();
        List<String> names = new ArrayList<>(jdbc.queryForList("select name from practitioner", String.class));
        names.addAll(staff.staffNames().values());
        for (String name : names) {
            List<String> words = words(name).stream().filter(word -> !TITLES.contains(word)).toList();
            if (words.size() < 2) {
                continue;
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                pairs.add(words.get(i) + " " + words.get(i + 1));
            }
            pairs.add(words.get(0) + " " + words.get(words.size() - 1));
            familyNames.add(words.get(words.size() - 1));
        }
        return new Scanner(pairs, familyNames,
                new HashSet<>(jdbc.queryForList("select register_number from practitioner", String.class).stream()
                        .map(number -> number.replaceAll("[^0-9A-Za-z]", "").toLowerCase(Locale.UK))
                        .filter(number -> number.length() >= 5).toList()));
    }

    public record Scanner(Set<String> namePairs, Set<String> familyNames, Set<String> knownNumbers) {

        /** The kinds of identifier found in the text, in a fixed order; empty if none. */
        public Set<String> find(String text) {
            Set<String> found = new LinkedHashSet<>();
            if (text == null || text.isBlank()) {
                return found;
            }
            String plain = plain(text);
            if (hasName(plain)) {
                found.add(NAME);
            }
            // "GMC 700 0001", "7 0 0 0 0 0 1": digits spaced out are read together too, except for a bare
            // seven digits ("1 000 000 patients")
            String squeezed = DIGIT_GAPS.matcher(plain).replaceAll("");
            if (REGISTRATION_NUMBERS.stream().anyMatch(pattern -> pattern.matcher(plain).find())
                    || REGISTRATION_NUMBERS.stream().skip(1).anyMatch(pattern -> pattern.matcher(squeezed).find())
                    || hasKnownNumber(plain) || hasKnownNumber(squeezed)) {
                found.add(REGISTRATION);
            }
            if (CASE_REFERENCES.matcher(plain).find()) {
                found.add(CASE_REFERENCE);
            }
            if (EMAILS.matcher(plain).find()) {
                found.add(EMAIL);
            }
            if (hasPhone(plain)) {
                found.add(PHONE);
            }
            if (hasPostcode(plain)) {
                found.add(POSTCODE);
            }
            return found;
        }

        private boolean hasName(String plain) {
            List<String> words = words(plain);
            for (int i = 0; i + 1 < words.size(); i++) {
                String next = words.get(i + 1);
                if (namePairs.contains(words.get(i) + " " + next)
                        || TITLES.contains(words.get(i)) && familyNames.contains(next)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasKnownNumber(String plain) {
            for (String token : plain.split("[^0-9A-Za-z-]+")) {
                if (knownNumbers.contains(token.replace("-", "").toLowerCase(Locale.UK))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean hasPhone(String plain) {
        Matcher matcher = PHONES.matcher(plain);
        while (matcher.find()) {
            long digits = matcher.group().chars().filter(Character::isDigit).count();
            if (digits >= 10 && digits <= 13) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPostcode(String plain) {
        Matcher matcher = POSTCODES.matcher(plain);
        while (matcher.find()) {
            if (!ORDINALS.contains(matcher.group(3).toLowerCase(Locale.UK))) {
                return true;
            }
        }
        return false;
    }

    /** Full-width letters and digits made plain, accents and invisible characters dropped, dashes made hyphens. */
    static String plain(String text) {
        String compatible = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                return;
            }
            int lookalike = c < 0x10000 ? LOOKALIKES.indexOf(c) : -1;
            if (lookalike >= 0 && lookalike % 2 == 0) {
                plain.append(LOOKALIKES.charAt(lookalike + 1));
                return;
            }
            plain.appendCodePoint(type == Character.DASH_PUNCTUATION || c == '\u2212' ? '-'
                    : type == Character.SPACE_SEPARATOR ? ' ' : c == '\u2019' ? '\'' : c);
        });
        return plain.toString();
    }

    /** The text's words in lower case, a possessive "'s" taken off. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORDS.matcher(plain(text));
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.UK).replaceAll("^['-]+|['-]+$", "");
            word = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
