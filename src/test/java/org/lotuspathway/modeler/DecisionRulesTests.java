package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The triage table as the pathway reads it: names only its inputs, keeps its hit policy and known
 * values, answers every triage, and its values each have a way out of the choice that reads them;
 * and what a new table would decide differently (issue 18).
 */
@PathwayTest
class DecisionRulesTests {

    static final String TABLE = "processes/triage-risk.dmn";
    static final String PATHWAY = "processes/concern-pathway.bpmn";

    @Autowired
    ModelDeployments deployments;
    @Autowired
    PathwayVersions versions;
    @Autowired
    DecisionOutcomes outcomes;

    private String table() {
        return versions.live(TABLE).content();
    }

    private List<Problem> check(String file, String content) {
        return deployments.check(List.of(new ModelFile(file, content)));
    }

    @Test
    void aNameThatIsNotAnInputIsRefusedNamingRuleAndColumn() {
        String dmn = table().replace("<text>&gt;= 15</text>", "<text>&gt;= fifteen</text>");

        assertThat(check(TABLE, dmn)).singleElement().satisfies(p -> {
            assertThat(p.elementId()).isEqualTo("Rule_ExtremeScore");
            assertThat(p.message()).isEqualTo("Rule 2 (Rule_ExtremeScore), column \"Risk score (likelihood x impact)\": the FEEL"
                    + " >= fifteen names fifteen, which is not one of the table's inputs (immediateRisk, likelihood, impact,"
                    + " previousConcerns, insight) or a literal: a number, \"text in quotes\", true or false");
        });
        assertThat(check(TABLE, table().replace("<text>\"HIGH\"</text>", "<text>HIGH</text>")))
                .anySatisfy(p -> assertThat(p.message()).startsWith("Rule 1 (Rule_ImmediateRisk), column \"Risk band\": the FEEL HIGH names HIGH"));
        assertThat(check(TABLE, table().replace("<text>&gt;= 15</text>", "<text>&gt;= likelihood * 3</text>"))).isEmpty();
    }

    @Test
    void theHitPolicyAndTheValuesTheCaseRecordsKnowAreKept() {
        assertThat(check(TABLE, table().replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"")))
                .anySatisfy(p -> assertThat(p.message()).startsWith("The hit policy must stay FIRST, not UNIQUE. What relies on it: triage"));
        assertThat(check(TABLE, table().replace("<outputEntry id=\"Out_ExtremeScore_Band\"><text>\"HIGH\"</text>",
                "<outputEntry id=\"Out_ExtremeScore_Band\"><text>\"SEVERE\"</text>"))).anySatisfy(p -> {
                    assertThat(p.elementId()).isEqualTo("Rule_ExtremeScore");
                    assertThat(p.message()).startsWith("Rule 2 (Rule_ExtremeScore) gives riskBand \"SEVERE\"; it must be one of"
                            + " \"LOW\", \"MODERATE\", \"HIGH\"");
                });
    }

    @Test
    void combinationsNoRuleAnswersAreRefused() {
        String dmn = table().replace("<inputEntry id=\"Entry_LowScore_2\"><text>[1..3]</text>",
                "<inputEntry id=\"Entry_LowScore_2\"><text>[1..2]</text>");

        assertThat(check(TABLE, dmn)).singleElement().satisfies(p -> {
            assertThat(p.elementId()).isEqualTo("triage-risk");
            assertThat(p.message()).startsWith("10 of 300 combinations of the inputs match no rule, such as likelihood 1,"
                    + " impact 3, immediateRisk false, previousConcerns false, insight FULL;");
        });
    }

    @Test
    void aChoiceMissingADecisionValueIsRefused() {
        String pathway = versions.live(PATHWAY).content();
        String unrouted = pathway.replace("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${route == 'INVESTIGATION'}"
                + "</bpmn:conditionExpression>", "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${likelihood &gt; 3}"
                + "</bpmn:conditionExpression>");
        String misnamed = pathway.replace("${route == 'LOCAL_RESOLUTION'}", "${route == 'LOCAL'}");

        assertThat(check(PATHWAY, unrouted)).anySatisfy(p -> {
            assertThat(p.elementId()).isEqualTo("Gateway_Route");
            assertThat(p.message()).isEqualTo("\"Which route does the risk call for?\" has no way out for route URGENT_PANEL or"
                    + " INVESTIGATION, which the decision table triage-risk returns: give each value a way out whose condition"
                    + " names it (one value may take the default way out)");
        });
        assertThat(check(PATHWAY, misnamed)).anySatisfy(p -> {
            assertThat(p.elementId()).isEqualTo("Flow_RouteLow");
            assertThat(p.message()).isEqualTo("The way out \"Low: local resolution\" is taken when route is LOCAL, which the"
                    + " decision table triage-risk never returns (it returns URGENT_PANEL, INVESTIGATION, LOCAL_RESOLUTION)");
        });
        String newValue = table().replace("<outputEntry id=\"Out_LowScore_Route\"><text>\"LOCAL_RESOLUTION\"</text>",
                "<outputEntry id=\"Out_LowScore_Route\"><text>\"INVESTIGATION\"</text>");
        assertThat(check(TABLE, newValue)).isEmpty();
    }

    /** Lowering the red zone from 15 to 12 changes exactly the score-12 triages without previous concerns or an immediate risk. */
    @Test
    void whatWouldChangeListsExactlyTheAffectedCombinations() {
        ModelFile lowered = new ModelFile(TABLE, table().replace("<text>&gt;= 15</text>", "<text>&gt;= 12</text>"));

        List<DecisionOutcomes.Change> changes = outcomes.changes(List.of(versions.live(TABLE)), List.of(lowered));

        assertThat(changes).hasSize(6).allSatisfy(change -> {
            assertThat((int) change.inputs().get("likelihood") * (int) change.inputs().get("impact")).isEqualTo(12);
            assertThat(change.inputs()).containsEntry("immediateRisk", false).containsEntry("previousConcerns", false);
            assertThat(change.before()).isEqualTo(Map.of("riskBand", "MODERATE", "route", "INVESTIGATION"));
            assertThat(change.after()).isEqualTo(Map.of("riskBand", "HIGH", "route", "URGENT_PANEL"));
        });
        assertThat(changes).extracting(DecisionOutcomes.Change::describeInputs).contains(
                "likelihood 3, impact 4, immediateRisk false, previousConcerns false, insight FULL",
                "likelihood 4, impact 3, immediateRisk false, previousConcerns false, insight NONE");
        assertThat(outcomes.changes(List.of(versions.live(TABLE)), List.of(versions.live(TABLE)))).isEmpty();
    }
}
