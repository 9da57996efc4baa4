package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The patterns forms may use: the ordinary ones pass, anything that could backtrack for ever does not. */
class SafeRegexTests {

    @ParameterizedTest
    @ValueSource(strings = {"^[0-9A-Za-z-]+$", "^\\d+(\\.\\d+)?$", "^[A-Z]{2}\\d{6}$", "^(?:Mr|Mrs|Ms)? ?[A-Za-z' -]+$",
            "\\S+@\\S+\\.\\S+", "^[^,]{1,40}$", "^\\(0\\d{3}\\) \\d{3} \\d{4}$", "^\\bPSC-\\d{4}-\\d{5}\\b$", "a{2,}", ""})
    void anOrdinaryPatternPasses(String pattern) {
        assertThat(SafeRegex.problemWith(pattern)).isEmpty();
        assertThat(SafeFormPatterns.problemWith(pattern)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
            "^(a+)+$          => repeats a part that itself repeats ((a+)+)",
            "^([a-z]+ ?){1,40}$ => repeats a part that itself repeats",
            "(a?){5}          => repeats a part that itself repeats",
            "^((ab)*c)+$      => repeats a part that itself repeats",
            "^(a|ab)*$        => repeats a choice ((a|ab)*)",
            "(?:x|y)+         => repeats a choice",
            "a*?              => two quantifiers in a row",
            "a++              => two quantifiers in a row",
            "(?=a)            => only plain groups",
            "(?<name>a)       => only plain groups",
            "(?i)a            => only plain groups",
            "(a)\\1           => refers back to a group",
            "\\p{L}+          => uses \\p",
            "\\x41            => uses \\x",
            "[a&&b]           => && inside a class",
            "[[a]]            => a [ inside a class",
            "[]               => an empty class",
            "[\\d-z]          => a range whose ends are not single characters",
            "a{1001}          => the count {1001}",
            "a{3,2}           => the count {3,2}",
            "a{x}             => a { that is not a count",
            "*a               => a * with nothing before it",
            "a]               => a ] of its own",
            "^*               => repeats an anchor",
            "(a               => a ( that is never closed",
            "a)               => a ) that closes no group",
            "[a-z             => a [ that is never closed",
            "a\\              => ends with a \\"})
    void aPatternOutsideTheAllowedSyntaxIsRefusedSayingWhy(String pattern, String reason) {
        assertThat(SafeRegex.problemWith(pattern.strip())).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
    }
}
