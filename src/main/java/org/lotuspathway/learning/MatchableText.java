package org.lotuspathway.learning;

import java.text.Normalizer;

/**
 * Text as the {@link Anonymiser} matches it, so that a name or number typed a little differently is
 * still found: Unicode NFKC (full-width letters and digits become plain ones), accents dropped,
 * invisible format characters removed (zero-width spaces and joiners, soft hyphens, direction
 * marks), every dash a hyphen, every space a plain space, every apostrophe a straight one. Each
 * character remembers where it came from, so that what is found is replaced in the text as it was
 * written, which otherwise stays exactly as it was.
 */
final class MatchableText {

    private final String text;
    /** For each character of {@link #text}: where the characters it came from start and end in the original. */
    private final int[] starts;
    private final int[] ends;

    private MatchableText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    static MatchableText of(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] starts = new int[original.length() * 2 + 8];
        int[] ends = new int[starts.length];
        int at = 0;
        while (at < original.length()) {
            int end = clusterEnd(original, at);
            for (char c : normalised(original.substring(at, end)).toCharArray()) {
                if (text.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[text.length()] = at;
                ends[text.length()] = end;
                text.append(c);
            }
            at = end;
        }
        return new MatchableText(text.toString(), starts, ends);
    }

    String text() {
        return text;
    }

    /** Where the characters from {@code start} to {@code end} (exclusive) of the matchable text were in the original. */
    int originalStart(int start) {
        return starts[start];
    }

    int originalEnd(int end) {
        return ends[end - 1];
    }

    /** A character with the accents and other combining marks that follow it. */
    private static int clusterEnd(String original, int start) {
        int end = start + Character.charCount(original.codePointAt(start));
        while (end < original.length() && isMark(original.codePointAt(end))) {
            end += Character.charCount(original.codePointAt(end));
        }
        return end;
    }

    private static String normalised(String cluster) {
        int first = cluster.codePointAt(0);
        if (cluster.length() == 1 && first < 0x80) {
            return first == '\t' ? " " : first == '`' ? "'" : cluster;
        }
        if (Character.getType(first) == Character.FORMAT) {
            return "";
        }
        String compatible = Normalizer.normalize(Normalizer.normalize(cluster, Normalizer.Form.NFKC),
                Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(c -> {
            if (isMark(c) || Character.getType(c) == Character.FORMAT) {
                return;
            }
            plain.appendCodePoint(unified(c));
        });
        return plain.toString();
    }

    private static int unified(int c) {
        if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
            return '-';
        }
        if (Character.getType(c) == Character.SPACE_SEPARATOR || c == '\t') {
            return ' ';
        }
        if (c == '\u2018' || c == '\u2019' || c == '\u02bc' || c == '\u2032' || c == '`') {
            return '\'';
        }
        return c;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
