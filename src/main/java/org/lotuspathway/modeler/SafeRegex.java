package org.lotuspathway.modeler;

import java.util.Optional;

/**
 * The regular expressions a form's pattern may be written in: a small syntax that RE2 (the
 * server's engine) and the browser's JavaScript (form-js checks patterns as the user types) read
 * the same way, and in which no backtracking engine can take exponential time.
 *
 * <p>Allowed: literal characters; {@code .}; the escapes {@code \d \D \w \W \s \S \t \n \r \f},
 * {@code \b \B} and an escaped punctuation character; classes such as {@code [A-Za-z0-9 -]} and
 * {@code [^,]}; anchors {@code ^ $}; groups {@code (...)} and {@code (?:...)}; choices
 * {@code a|b}; and the quantifiers {@code ? * + {n} {n,} {n,m}} (n and m up to 100). Refused: a
 * part that repeats inside a part that repeats ({@code (a+)+}, {@code (a?){5}}), a choice inside a
 * part that repeats ({@code (a|ab)*}), lazy and possessive quantifiers, back-references,
 * look-arounds, named groups, flags, Unicode classes and every other escape.
 */
final class SafeRegex {

    /**
     * The largest count in {@code {n,m}}. RE2 copies the repeated part once per count, so counts are
     * kept small, and a counted part never repeats inside another ({@code (a{100}){100}}).
     */
    static final int MAX_REPEAT = 100;

    private static final String QUANTIFIERS = "?*+{";
    private static final String PUNCTUATION = "\\.^$|?*+()[]{}/-";

    private final String pattern;
    private int at;

    private SafeRegex(String pattern) {
        this.pattern = pattern;
    }

    /** Why the pattern is refused, in words to follow "The pattern ...", if it is. */
    static Optional<String> problemWith(String pattern) {
        SafeRegex regex = new SafeRegex(pattern);
        try {
            regex.choice();
            if (regex.at < pattern.length()) {
                throw regex.refusal("has a ) that closes no group");
            }
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
    }

    /** What a part holds, as far as repeating it is concerned. */
    private record Part(boolean repeats, boolean chooses) {

        Part and(Part other) {
            return new Part(repeats || other.repeats, chooses || other.chooses);
        }
    }

    private Part choice() {
        Part part = sequence();
        while (peek('|')) {
            at++;
            part = part.and(sequence()).and(new Part(false, true));
        }
        return part;
    }

    private Part sequence() {
        Part part = new Part(false, false);
        while (at < pattern.length() && !peek('|') && !peek(')')) {
            part = part.and(quantified());
        }
        return part;
    }

    private Part quantified() {
        int start = at;
        if (peek('^') || peek('$') || pattern.startsWith("\\b", at) || pattern.startsWith("\\B", at)) {
            at += peek('\\') ? 2 : 1;
            if (at < pattern.length() && QUANTIFIERS.indexOf(pattern.charAt(at)) >= 0) {
                throw refusal("repeats an anchor (" + pattern.substring(start, at + 1) + "), which means nothing");
            }
            return new Part(false, false);
        }
        Part atom = atom();
        if (at >= pattern.length() || QUANTIFIERS.indexOf(pattern.charAt(at)) < 0) {
            return atom;
        }
        int most = quantifier();
        String repeated = pattern.substring(start, at);
        if (at < pattern.length() && QUANTIFIERS.indexOf(pattern.charAt(at)) >= 0) {
            throw refusal("has two quantifiers in a row (" + repeated + pattern.charAt(at)
                    + "): lazy and possessive quantifiers are not allowed");
        }
        if (most > 1 && atom.repeats()) {
            throw refusal("repeats a part that itself repeats (" + repeated + "), which can take a browser minutes"
                    + " over a long answer: write it without the nesting, such as [a-z ]+ for ([a-z]+ ?)+");
        }
        if (most > 1 && atom.chooses()) {
            throw refusal("repeats a choice (" + repeated + "), which can take a browser minutes over a long answer:"
                    + " use a class instead, such as [ab]+ for (a|b)+");
        }
        return new Part(true, atom.chooses());
    }

    /** Reads a quantifier; the most times it lets its part repeat (MAX_VALUE for no limit). */
    private int quantifier() {
        char quantifier = pattern.charAt(at++);
        if (quantifier == '?') {
            return 1;
        }
        if (quantifier == '*' || quantifier == '+') {
            return Integer.MAX_VALUE;
        }
        int close = pattern.indexOf('}', at);
        String counts = close < 0 ? "" : pattern.substring(at, close);
        if (!counts.matches("\\d{1,6}(,\\d{0,6})?")) {
            throw refusal("has a { that is not a count such as {2} or {2,5}: write \\{ for the character itself");
        }
        at = close + 1;
        String[] bounds = counts.split(",", -1);
        int least = Integer.parseInt(bounds[0]);
        int most = bounds.length == 1 ? least : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
        if (least > MAX_REPEAT || most != Integer.MAX_VALUE && most > MAX_REPEAT || least > most) {
            throw refusal("has the count {" + counts + "}: counts go from 0 to " + MAX_REPEAT + ", the smaller first");
        }
        return most;
    }

    private Part atom() {
        char next = pattern.charAt(at);
        switch (next) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                characterClass();
                return new Part(false, false);
            }
            case '\\' -> {
                escape("dDwWsS");
                return new Part(false, false);
            }
            case '?', '*', '+', '{' -> throw refusal("has a " + next + " with nothing before it to repeat");
            case ']', '}' -> throw refusal("has a " + next + " of its own: write \\" + next + " for the character itself");
            default -> {
                at++;
                return new Part(false, false);
            }
        }
    }

    private Part group() {
        at++;
        if (peek('?')) {
            if (!pattern.startsWith("?:", at)) {
                throw refusal("uses (?" + (at + 1 < pattern.length() ? pattern.charAt(at + 1) : "")
                        + "...): only plain groups (...) and (?:...) are allowed, not look-arounds, named groups or flags");
            }
            at += 2;
        }
        Part inside = choice();
        if (!peek(')')) {
            throw refusal("has a ( that is never closed");
        }
        at++;
        return inside;
    }

    private void characterClass() {
        at++;
        if (peek('^')) {
            at++;
        }
        if (peek(']')) {
            throw refusal("has an empty class [] or [^]: write \\] for the character itself");
        }
        while (!peek(']')) {
            if (at >= pattern.length()) {
                throw refusal("has a [ that is never closed");
            }
            boolean single = classMember();
            if (peek('-') && at + 1 < pattern.length() && pattern.charAt(at + 1) != ']') {
                at++;
                boolean endsWithSingle = classMember();
                if (!single || !endsWithSingle) {
                    throw refusal("has a range whose ends are not single characters, such as [\\d-z]");
                }
            }
        }
        at++;
    }

    /** Reads one member of a class; whether it is a single character (so may end a range). */
    private boolean classMember() {
        char next = pattern.charAt(at);
        if (next == '\\') {
            return escape("dDwWsS") == 1;
        }
        if (next == '[' || pattern.startsWith("&&", at)) {
            throw refusal("has " + (next == '[' ? "a [" : "&&") + " inside a class, which Java and the browser read"
                    + " differently: write \\" + next + " for the character itself");
        }
        at++;
        return true;
    }

    /** Reads an escape; 1 if it stands for one character, 0 if for a class such as \d. */
    private int escape(String classes) {
        if (at + 1 >= pattern.length()) {
            throw refusal("ends with a \\ that escapes nothing");
        }
        char escaped = pattern.charAt(at + 1);
        at += 2;
        if (classes.indexOf(escaped) >= 0) {
            return 0;
        }
        if ("tnrf".indexOf(escaped) >= 0 || PUNCTUATION.indexOf(escaped) >= 0) {
            return 1;
        }
        if (Character.isDigit(escaped)) {
            throw refusal("refers back to a group (\\" + escaped + "), which is not allowed");
        }
        throw refusal("uses \\" + escaped + ", which the browser and the server read differently or not at all;"
                + " the escapes allowed are \\d \\w \\s (and \\D \\W \\S), \\t \\n \\r \\f, \\b \\B and an escaped punctuation mark");
    }

    private boolean peek(char expected) {
        return at < pattern.length() && pattern.charAt(at) == expected;
    }

    private Refusal refusal(String reason) {
        return new Refusal(reason);
    }

    private static final class Refusal extends RuntimeException {

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }
}
