package org.lotuspathway.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the triage decision table in {@code processes/triage-risk.dmn}, evaluated by
 * Camunda's DMN engine: the rule that fires first, and the band and route it gives.
 */
class TriageRiskDecisionTests {

    private static final List<String> FIRED = new ArrayList<>();

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTheTable() throws Exception {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
            @Override
            public void notify(DmnDecisionTableEvaluationEvent event) {
                FIRED.clear();
                event.getMatchingRules().forEach(rule -> FIRED.add(rule.getId()));
            }
        }));
        engine = configuration.buildEngine();
        try (InputStream dmn = TriageRiskDecisionTests.class.getResourceAsStream("/processes/triage-risk.dmn")) {
            decision = engine.parseDecision("triage-risk", dmn);
        }
    }

    record Case(String rule, boolean immediateRisk, int likelihood, int impact, boolean previousConcerns,
            String insight, String band, String route) {
        @Override
        public String toString() {
            return "%s: immediate=%s, %dx%d, previous=%s, insight=%s -> %s %s".formatted(rule, immediateRisk,
                    likelihood, impact, previousConcerns, insight, band, route);
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("Rule_ImmediateRisk", true, 1, 1, false, "FULL", "HIGH", "URGENT_PANEL"),
                new Case("Rule_ExtremeScore", false, 5, 3, false, "FULL", "HIGH", "URGENT_PANEL"),
                new Case("Rule_ExtremeScore", false, 5, 5, false, "NONE", "HIGH", "URGENT_PANEL"),
                new Case("Rule_HighScoreWithHistory", false, 4, 2, true, "FULL", "HIGH", "URGENT_PANEL"),
                new Case("Rule_HighScore", false, 3, 3, false, "PARTIAL", "MODERATE", "INVESTIGATION"),
                new Case("Rule_HighScore", false, 4, 3, false, "FULL", "MODERATE", "INVESTIGATION"),
                new Case("Rule_ModerateScoreWithHistory", false, 2, 3, true, "FULL", "MODERATE", "INVESTIGATION"),
                new Case("Rule_ModerateScoreNoInsight", false, 2, 2, false, "NONE", "MODERATE", "INVESTIGATION"),
                new Case("Rule_ModerateScore", false, 5, 1, false, "PARTIAL", "LOW", "LOCAL_RESOLUTION"),
                new Case("Rule_LowScoreRepeatedNoInsight", false, 1, 3, true, "NONE", "MODERATE", "INVESTIGATION"),
                new Case("Rule_LowScore", false, 1, 3, true, "PARTIAL", "LOW", "LOCAL_RESOLUTION"),
                new Case("Rule_LowScore", false, 1, 1, false, "NONE", "LOW", "LOCAL_RESOLUTION"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theFirstMatchingRuleGivesTheBandAndRoute(Case c) {
        DmnDecisionResult result = engine.evaluateDecision(decision, Map.of(
                "immediateRisk", c.immediateRisk(), "likelihood", c.likelihood(), "impact", c.impact(),
                "previousConcerns", c.previousConcerns(), "insight", c.insight()));

        assertThat(FIRED).first().isEqualTo(c.rule());
        assertThat(result.getSingleResult().getEntryMap())
                .containsEntry("riskBand", c.band())
                .containsEntry("route", c.route());
    }

    @Test
    void everyRuleOfTheTableHasACase() {
        List<String> rules = ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().stream()
                .map(DmnDecisionTableRuleImpl::getId).toList();
        assertThat(cases().stream().map(Case::rule).distinct()).containsExactlyInAnyOrderElementsOf(rules);
    }

    @Test
    void everyScoreOfTheMatrixGetsABand() {
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            for (int impact = 1; impact <= 5; impact++) {
                for (String insight : List.of("FULL", "PARTIAL", "NONE")) {
                    for (boolean previous : List.of(true, false)) {
                        DmnDecisionResult result = engine.evaluateDecision(decision, Map.of("immediateRisk", false,
                                "likelihood", likelihood, "impact", impact, "previousConcerns", previous,
                                "insight", insight));
                        assertThat(result.getSingleResult()).as("%dx%d %s %s", likelihood, impact, insight, previous)
                                .isNotNull();
                    }
                }
            }
        }
    }
}
