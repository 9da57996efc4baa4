package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every cell of the triage decision table is FEEL the engine can read and that ends, checked before
 * it is deployed, a problem naming the rule and the column (issue 13d).
 */
@PathwayTest
class DecisionTableChecksTests {

    private static final String SCORE = "column \"Risk score (likelihood x impact)\"";
    private static final String BAND = "column \"Risk band\"";

    @Autowired
    ModelDeployments deployments;
    @Autowired
    PathwayVersions versions;

    private String table() {
        return versions.live("processes/triage-risk.dmn").content();
    }

    private List<Problem> check(String dmn) {
        return deployments.check(List.of(new ModelFile("processes/triage-risk.dmn", dmn)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
            "for x in 1..1000000 return x                 => uses for, an iteration over a list",
            "some x in [1,2,3] satisfies x > 1            => uses some, an iteration over a list",
            "every x in [1,2,3] satisfies x > 1           => uses every, an iteration over a list",
            "`(function(x) x)(1)`                         => defines a function",
            "((((((((((((15))))))))))))                   => nests brackets more than 10 deep",
            "`{a: 1}`                                     => holds characters decision tables here may not use",
            "`string join([\"a\"])`                       => calls join(...), which is not one of the functions allowed",
            "[8..                                         => cannot be read",
            ">= 15 >=                                     => cannot be read"})
    void anInputEntryThatCouldNotRunOrEndIsRefusedNamingRuleAndColumn(String entry, String reason) {
        String dmn = table().replaceFirst("<text>\\[8\\.\\.12\\]</text>", java.util.regex.Matcher.quoteReplacement(
                "<text>" + entry.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</text>"));

        assertThat(check(dmn)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("processes/triage-risk.dmn");
            assertThat(p.elementId()).isEqualTo("Rule_HighScoreWithHistory");
            assertThat(p.message()).startsWith("Rule 3 (Rule_HighScoreWithHistory), " + SCORE).contains(reason);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
            "`function(x) x`                   => defines a function",
            "`for i in 1..3 return \"HIGH\"`   => uses for",
            "`\"HIGH\" \"LOW\"`                => cannot be read",
            "`\"HIGH`                          => holds characters"})
    void anOutputEntryThatCouldNotRunIsRefusedNamingRuleAndColumn(String entry, String reason) {
        String dmn = table().replace("<outputEntry id=\"Out_ExtremeScore_Band\"><text>\"HIGH\"</text>",
                "<outputEntry id=\"Out_ExtremeScore_Band\"><text>" + entry.replace("&", "&amp;").replace("<", "&lt;") + "</text>");

        assertThat(check(dmn)).anySatisfy(p -> {
            assertThat(p.elementId()).isEqualTo("Rule_ExtremeScore");
            assertThat(p.message()).startsWith("Rule 2 (Rule_ExtremeScore), " + BAND).contains(reason);
        });
    }

    @Test
    void anInputExpressionThatCannotBeReadIsRefusedNamingItsColumn() {
        String dmn = table().replace("<text>likelihood * impact</text>", "<text>likelihood * * impact</text>");

        assertThat(check(dmn)).anySatisfy(p -> {
            assertThat(p.elementId()).isEqualTo("Input_RiskScore");
            assertThat(p.message()).contains("The input expression of the column \"Risk score (likelihood x impact)\"",
                    "cannot be read");
        });
    }

    @Test
    void theTablesOwnKindsOfEntryPass() {
        String dmn = table().replaceFirst("<text>\\[8\\.\\.12\\]</text>", "<text>[8..12], not(10), &gt;= 14</text>")
                .replace("<text>\"NONE\"</text>", "<text>\"NONE\", \"PARTIAL\"</text>");

        assertThat(check(table())).isEmpty();
        assertThat(check(dmn)).isEmpty();
    }

    @Test
    void aDecisionTableNestedOneHundredThousandDeepIsRefusedUnread() {
        String dmn = table().replaceFirst("</description>", "</description><extensionElements><x:a xmlns:x=\"urn:x\">"
                + "<x:a>".repeat(100_000) + "</x:a>".repeat(100_001) + "</extensionElements>");

        assertThat(check(dmn)).singleElement().satisfies(p -> {
            assertThat(p.elementId()).isNull();
            assertThat(p.message()).startsWith("Elements are nested more than 30 deep");
        });
    }

    @Test
    void aDecisionTableOfAnotherDmnVersionIsRefused() {
        String dmn11 = table().replace("https://www.omg.org/spec/DMN/20191111/MODEL/", "http://www.omg.org/spec/DMN/20151101/dmn.xsd");

        assertThat(check(dmn11)).anySatisfy(p -> assertThat(p.message()).contains("The file must be a DMN 1.3 decision"));
    }
}
