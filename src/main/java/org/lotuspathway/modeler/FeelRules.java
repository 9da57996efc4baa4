package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What FEEL in a decision table may be, read from its text before any FEEL parser sees it: strings,
 * numbers, names, comparisons, ranges ({@code [8..12]}), lists of tests, arithmetic and logic, and
 * calls of a few built-in functions ({@code not(...)}, {@code date(...)}, ...). Not allowed: iterations
 * and quantifiers ({@code for}, {@code some}, {@code every}), which can run for as long as they
 * like; function definitions ({@code function(x) ...}) and Java calls ({@code external}); contexts
 * ({@code {a: 1}}) and any other character. A text is at most {@link #MAX_LENGTH} characters and
 * nests brackets at most {@link #MAX_NESTING} deep.
 */
final class FeelRules {

    static final int MAX_LENGTH = 500;
    static final int MAX_NESTING = 10;

    private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\b|\\bjava\\s*:");
    private static final Pattern TOKEN = Pattern.compile("\\s*(?:(?<string>\"(?:[^\"\\\\\\n]|\\\\.)*\")"
            + "|(?<number>\\d+(?:\\.\\d+)?)|(?<name>[A-Za-z_][A-Za-z0-9_]*)"
            + "|(?<op>\\.\\.|<=|>=|!=|\\*\\*|[<>=+\\-*/\\[\\](),.?]))");
    private static final Set<String> REFUSED = Set.of("for", "some", "every", "satisfies", "return", "function", "external");
    /** The built-in functions an entry may call (FEEL names of several words included). */
    static final Set<String> FUNCTIONS = Set.of("not", "date", "time", "date and time", "duration",
            "years and months duration", "abs", "floor", "ceiling", "min", "max", "sum", "count", "contains",
            "starts with", "ends with", "upper case", "lower case", "string length");

    private FeelRules() {
    }

    static boolean callsJava(String text) {
        return text != null && EXTERNAL_FUNCTION.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** One piece of a FEEL text: a string, a number, a name or an operator. */
    record Token(String kind, String text) {

        boolean is(String expected) {
            return !"string".equals(kind) && text.equals(expected);
        }
    }

    /** Why the FEEL text is refused, in words to follow "The FEEL ...", if it is. */
    static Optional<String> problemIn(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.of("is " + text.length() + " characters long; keep it to " + MAX_LENGTH);
        }
        List<Token> tokens = tokens(text);
        if (tokens == null) {
            return Optional.of("holds characters decision tables here may not use (only strings in \"...\", numbers,"
                    + " names, comparisons, ranges such as [8..12], arithmetic and a few functions such as not(...))");
        }
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(") || token.is("[")) {
                if (++depth > MAX_NESTING) {
                    return Optional.of("nests brackets more than " + MAX_NESTING + " deep");
                }
            } else if (token.is(")") || token.is("]")) {
                depth--;
            }
            if (!"name".equals(token.kind())) {
                continue;
            }
            String word = token.text();
            if (REFUSED.contains(word)) {
                return Optional.of(word.equals("function") || word.equals("external") || word.equals("return")
                        ? "defines a function, which decision tables here may not"
                        : "uses " + word + ", an iteration over a list, which decision tables here may not");
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).is("(") && functionEndingAt(tokens, i).isEmpty()) {
                return Optional.of("calls " + word + "(...), which is not one of the functions allowed ("
                        + String.join(", ", FUNCTIONS.stream().sorted().toList()) + ")");
            }
        }
        return Optional.empty();
    }

    /** FEEL's own words, which an entry may use besides the table's inputs. */
    static final Set<String> KEYWORDS = Set.of("true", "false", "null", "and", "or", "not", "between", "in");

    /** The names in the text that are not part of a function's name: the variables it reads, and FEEL's own words. */
    static List<String> names(String text) {
        List<Token> tokens = tokens(text);
        List<String> names = new ArrayList<>();
        if (tokens == null) {
            return names;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!"name".equals(tokens.get(i).kind())) {
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).is("(")) {
                // the function's words are no variables: "date and time(...)" reads no "date"
                int words = functionEndingAt(tokens, i).map(f -> f.split(" ").length).orElse(1);
                names.subList(Math.max(0, names.size() - (words - 1)), names.size()).clear();
            } else {
                names.add(tokens.get(i).text());
            }
        }
        return names;
    }

    /** The allowed function whose name ends with the word at {@code end}, such as "date and time". */
    private static Optional<String> functionEndingAt(List<Token> tokens, int end) {
        String name = "";
        for (int i = end; i >= 0 && i > end - 4 && "name".equals(tokens.get(i).kind()); i--) {
            name = name.isEmpty() ? tokens.get(i).text() : tokens.get(i).text() + " " + name;
            if (FUNCTIONS.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The tokens of the text, or null if it holds anything else. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (text.substring(at).isBlank()) {
                break;
            }
            if (!matcher.find(at) || matcher.start() != at) {
                return null;
            }
            for (String kind : new String[] {"string", "number", "name", "op"}) {
                if (matcher.group(kind) != null) {
                    tokens.add(new Token(kind, matcher.group(kind)));
                }
            }
            at = matcher.end();
        }
        return tokens;
    }
}
