package org.lotuspathway.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the practitioner reads is held to the NHS content guide's reading age of 11 or under
 * (Flesch-Kincaid grade + 5), and is free of the team's jargon: the team's own words never appear,
 * and each abbreviation is spelt out where it is first used.
 */
public final class PlainWords {

    public static final double MAX_READING_AGE = 11;

    /** Words of the team's that mean nothing, or something frightening, to a practitioner. */
    public static final List<String> TEAM_WORDS = List.of("triage", "stratif", "escalat", "workflow", "risk band",
            "process instance", "BPMN", "subject of", "the group");

    /** Each abbreviation, and what it must follow the first time it is used. */
    public static final Map<String, String> ABBREVIATIONS = Map.of(
            "PAG", "Performance Advisory Group",
            "PSG", "Performance Screening Group",
            "PLDP", "Performers List Decision Panel",
            "RO", "Responsible Officer",
            "PPA", "Practitioner Performance Advice");

    private PlainWords() {
    }

    public static void assertPlain(String text) {
        assertPlain(text, MAX_READING_AGE);
    }

    public static void assertPlain(String text, double maxReadingAge) {
        assertThat(Readability.readingAge(text)).as("reading age of: %s", text).isLessThanOrEqualTo(maxReadingAge);
        assertThat(jargonIn(text)).as("jargon in: %s", text).isEmpty();
    }

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li",
            "label", "legend", "button", "dt", "dd", "td", "th", "caption", "summary", "div", "tr", "option");

    /**
     * A page's words as a reader meets them: each heading, label, button, list item or cell is a
     * unit of its own (as if it ended with a full stop), not run on into the next one.
     */
    public static String wordsOf(org.jsoup.nodes.Element page) {
        StringBuilder words = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode text) {
                    words.append(text.text());
                } else if (node instanceof org.jsoup.nodes.Element element && BLOCKS.contains(element.normalName())) {
                    words.append("\n\n");
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Element element && BLOCKS.contains(element.normalName())) {
                    words.append("\n\n");
                }
            }
        }, page);
        return words.toString().replaceAll("[ \t]+", " ").replaceAll("\\s*\n\\s*\n\\s*", "\n\n").strip();
    }

    /** What stops a text being plain, named: empty when it is plain. For checking many pages at once. */
    public static List<String> problemsOf(String name, String text) {
        List<String> problems = new ArrayList<>();
        double age = Readability.readingAge(text);
        if (age > MAX_READING_AGE) {
            problems.add(String.format(java.util.Locale.UK, "%s reads at %.1f (long sentences %s, long words %s): %s",
                    name, age, Readability.longSentences(text), Readability.longWords(text), text));
        }
        jargonIn(text).forEach(jargon -> problems.add(name + ": " + jargon));
        return problems;
    }

    /** The team's words in the text, and each abbreviation whose first use is not spelt out. */
    public static List<String> jargonIn(String text) {
        List<String> found = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.UK);
        TEAM_WORDS.stream().filter(word -> lower.contains(word.toLowerCase(java.util.Locale.UK))).forEach(found::add);
        ABBREVIATIONS.forEach((abbreviation, meaning) -> {
            Matcher first = Pattern.compile("\\b" + abbreviation + "\\b").matcher(text);
            if (first.find() && !text.substring(0, first.start()).replaceAll("[\\s(]+$", "").endsWith(meaning)) {
                found.add(abbreviation + " not spelt out as " + meaning + " on first use");
            }
        });
        return found;
    }
}
