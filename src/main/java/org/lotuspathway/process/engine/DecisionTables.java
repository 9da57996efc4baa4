package org.lotuspathway.process.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates a decision table that is not deployed, with Camunda's DMN engine on its own (the FEEL it
 * evaluates with is the engine's): to find the combinations of inputs no rule answers, and what a new
 * version of a table would decide differently from the live one. Run only on tables every deployment
 * check has passed.
 */
@Component
public class DecisionTables {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    /** One decision of a table, read once, ready to evaluate many times. */
    public static final class Table {

        private final DmnDecision decision;

        private Table(DmnDecision decision) {
            this.decision = decision;
        }

        /**
         * The first result's outputs for these inputs, by output name, or empty when no rule matches.
         * A table the engine cannot evaluate is a {@link DecisionNotEvaluated}.
         */
        public Optional<Map<String, Object>> decide(Map<String, Object> inputs) {
            DmnDecisionResult result;
            try {
                result = DMN.evaluateDecision(decision, Variables.fromMap(inputs));
            } catch (RuntimeException e) {
                throw DecisionNotEvaluated.in(e).<RuntimeException>map(DecisionNotEvaluated::new).orElse(e);
            }
            return result.isEmpty() ? Optional.empty() : Optional.of(new LinkedHashMap<>(result.get(0).getEntryMap()));
        }
    }

    /** The decision of that key in the table's XML, if it has one. */
    public Optional<Table> read(String dmnXml, String decisionKey) {
        return DMN.parseDecisions(new ByteArrayInputStream(dmnXml.getBytes(StandardCharsets.UTF_8))).stream()
                .filter(decision -> decision.getKey().equals(decisionKey)).findFirst().map(Table::new);
    }
}
