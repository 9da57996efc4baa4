package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lotuspathway.process.DecisionContract;
import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.engine.DecisionNotEvaluated;
import org.lotuspathway.process.engine.DecisionTables;
import org.springframework.stereotype.Component;

/**
 * What a decision table a feature relies on decides for every case it can meet, found by evaluating
 * it with the engine's DMN engine over every combination of its inputs ({@link DecisionContract}):
 * the combinations no rule answers (a deployment problem: such a case could not be triaged), and
 * what a new version would decide differently from the live one. Only for tables that passed every
 * check.
 */
@Component
public class DecisionOutcomes {

    /** A combination of inputs the two versions decide differently. */
    public record Change(String decisionKey, Map<String, Object> inputs, Map<String, Object> before, Map<String, Object> after) {

        public String describeInputs() {
            return describe(inputs);
        }

        public String describeBefore() {
            return before == null ? "no rule matched" : describe(before);
        }

        public String describeAfter() {
            return after == null ? "no rule matches" : describe(after);
        }

        private static String describe(Map<String, Object> values) {
            return values.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }
    }

    private final Map<String, DecisionContract> contracts = new HashMap<>();
    private final DecisionTables tables;

    DecisionOutcomes(List<ReliedOn> features, DecisionTables tables) {
        features.forEach(feature -> feature.decisions().forEach(contract -> contracts.put(contract.decisionKey(), contract)));
        this.tables = tables;
    }

    /** A problem for every table that leaves combinations of its inputs unanswered, listing the first few. */
    void checkEveryCaseIsAnswered(List<ModelFile> files, List<Problem> problems) {
        for (ModelFile file : files) {
            if (file.kind() != ModelFile.Kind.DMN) {
                continue;
            }
            contracts.values().forEach(contract -> tables.read(file.content(), contract.decisionKey()).ifPresent(table -> {
                List<Map<String, Object>> unanswered = new ArrayList<>();
                try {
                    for (Map<String, Object> inputs : contract.combinations()) {
                        if (table.decide(inputs).isEmpty()) {
                            unanswered.add(inputs);
                        }
                    }
                } catch (DecisionNotEvaluated e) {
                    problems.add(Problem.of(file, contract.decisionKey(), "Camunda cannot evaluate this table: " + e.getMessage()));
                    return;
                }
                if (!unanswered.isEmpty()) {
                    problems.add(Problem.of(file, contract.decisionKey(), unanswered.size() + " of "
                            + contract.combinations().size() + " combinations of the inputs match no rule, such as "
                            + unanswered.stream().limit(5).map(Change::describe).collect(Collectors.joining("; "))
                            + ". Add a rule for them. What relies on it: " + contract.feature()));
                }
            }));
        }
    }

    /** For each table a feature relies on that the change alters, the combinations it decides differently. */
    List<Change> changes(List<ModelFile> live, List<ModelFile> changed) {
        List<Change> changes = new ArrayList<>();
        for (ModelFile after : changed) {
            Optional<ModelFile> before = live.stream().filter(file -> file.name().equals(after.name())).findFirst();
            if (after.kind() != ModelFile.Kind.DMN || before.isEmpty() || before.get().content().equals(after.content())) {
                continue;
            }
            for (DecisionContract contract : contracts.values()) {
                var old = tables.read(before.get().content(), contract.decisionKey());
                var now = tables.read(after.content(), contract.decisionKey());
                if (old.isEmpty() || now.isEmpty()) {
                    continue;
                }
                for (Map<String, Object> inputs : contract.combinations()) {
                    Map<String, Object> was = old.get().decide(inputs).orElse(null);
                    Map<String, Object> is = now.get().decide(inputs).orElse(null);
                    if (!Objects.equals(was, is)) {
                        changes.add(new Change(contract.decisionKey(), inputs, was, is));
                    }
                }
            }
        }
        return changes;
    }
}
