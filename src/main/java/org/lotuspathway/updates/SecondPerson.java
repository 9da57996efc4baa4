package org.lotuspathway.updates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lotuspathway.concern.PersonalName;

/**
 * Letters speak to the practitioner as "you". This finds where a text speaks about them instead
 * (their name, "the practitioner", he or she), and suggests the text said to them. The suggestion is
 * a start for the case manager to check, not a rewrite to send unread: English has more turns than
 * a few rules know.
 */
final class SecondPerson {

    private static final String ROLE = "(?:the|this) (?:practitioner|doctor|dentist|optometrist|performer|registrant|GP)";
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|him|his|her|hers|himself|herself)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_NAME = Pattern.compile("\\b" + ROLE + "\\b", Pattern.CASE_INSENSITIVE);
    /** "her" before these is "you" ("we wrote to her and..."); before a noun it is "your". */
    private static final Pattern HER_AS_OBJECT = Pattern.compile(
            "\\bher\\b(?=\\s*(?:[.,;:!?)]|$|\\s(?:and|or|to|that|about|with|at|on|in|for|of|by|from|as|if|when|so|again|today|now|soon)\\b))",
            Pattern.CASE_INSENSITIVE);

    private SecondPerson() {
    }

    /** The words in {@code text} that speak about the practitioner, each once, as written. */
    static List<String> thirdPersonIn(String text, PersonalName name) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String rest = text;
        for (String naming : name.waysOfNaming()) {
            Matcher matcher = naming(naming).matcher(rest);
            while (matcher.find()) {
                found.add(matcher.group());
            }
            rest = matcher.replaceAll(" ");
        }
        for (Pattern pattern : List.of(ROLE_NAME, PRONOUN)) {
            Matcher matcher = pattern.matcher(rest);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return new ArrayList<>(found);
    }

    /** {@code text} said to the practitioner: names, roles and pronouns become "you" and "your". */
    static String rewrite(String text, PersonalName name) {
        if (text == null) {
            return null;
        }
        String said = text;
        for (String naming : name.waysOfNaming()) {
            said = possessive(naming(naming)).matcher(said).replaceAll("your");
            said = naming(naming).matcher(said).replaceAll("you");
        }
        said = possessive(ROLE_NAME).matcher(said).replaceAll("your");
        said = ROLE_NAME.matcher(said).replaceAll("you");
        said = replaceWords(said, "(?:he|she)", "you");
        said = replaceWords(said, "(?:himself|herself)", "yourself");
        said = replaceWords(said, "him", "you");
        said = replaceWords(said, "his", "your");
        said = replaceWords(said, "hers", "yours");
        said = HER_AS_OBJECT.matcher(said).replaceAll("you");
        said = replaceWords(said, "her", "your");
        return sentenceCase(verbsAgree(said));
    }

    /** A name as a whole word, written with its capitals (so the family name "Will" is not "will"). */
    private static Pattern naming(String naming) {
        return Pattern.compile("(?<![\\p{L}'])" + Pattern.quote(naming) + "(?![\\p{L}])");
    }

    private static Pattern possessive(Pattern naming) {
        return Pattern.compile(naming.pattern() + "(?:'s|’s|')(?![\\p{L}])", naming.flags());
    }

    private static String replaceWords(String text, String words, String with) {
        return Pattern.compile("\\b" + words + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).replaceAll(with);
    }

    /** "you has" becomes "you have", "you agrees" "you agree". */
    private static String verbsAgree(String text) {
        String agreed = text;
        String[][] irregular = {{"is", "are"}, {"was", "were"}, {"has", "have"}, {"does", "do"}, {"isn't", "aren't"},
                {"wasn't", "weren't"}, {"hasn't", "haven't"}, {"doesn't", "don't"}, {"goes", "go"}};
        for (String[] verb : irregular) {
            agreed = agreed.replaceAll("(?i)\\b(you) " + Pattern.quote(verb[0]) + "\\b", "$1 " + verb[1]);
        }
        agreed = agreed.replaceAll("(?i)\\b(you) (\\w+)ies\\b", "$1 $2y");
        agreed = agreed.replaceAll("(?i)\\b(you) (\\w+(?:ch|sh|ss|x|z))es\\b", "$1 $2");
        return agreed.replaceAll("(?i)\\b(you) (?!(?:always|perhaps|sometimes|afterwards|besides|unless|plus)\\b)"
                + "(\\w{2,}[^su\\W])s\\b", "$1 $2");
    }

    /** "you" at the start of a sentence is "You". */
    private static String sentenceCase(String text) {
        Matcher matcher = Pattern.compile("(^|[.!?]\\s+|\\n\\s*)(you|your|yourself)\\b").matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group(2);
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1)
                    + Character.toUpperCase(word.charAt(0)) + word.substring(1)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
