package org.lotuspathway.modeler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.lotuspathway.process.DecisionContract;
import org.lotuspathway.process.ReliedOn;

/**
 * A decision table a feature relies on ({@link DecisionContract}) keeps what the feature reads: its
 * hit policy (the pathway reads a single result), and each output it reads, every rule giving it as
 * one of the values the feature knows. Any other table keeps the hit policy of its live version:
 * changing it changes which rule wins for every case. (That every combination of inputs is answered
 * is found by evaluating the table, once every check has passed: {@link DecisionOutcomes}.)
 */
final class DecisionContractsHold implements DeploymentCheck {

    private final Map<String, DecisionContract> contracts = new HashMap<>();
    private final Supplier<List<ModelFile>> liveFiles;

    DecisionContractsHold(List<ReliedOn> features, Supplier<List<ModelFile>> liveFiles) {
        features.forEach(feature -> feature.decisions().forEach(contract -> contracts.put(contract.decisionKey(), contract)));
        this.liveFiles = liveFiles;
    }

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        Map<String, String> liveHitPolicies = null;
        for (Map.Entry<ModelFile, org.w3c.dom.Document> entry : models.decisions().entrySet()) {
            ModelFile file = entry.getKey();
            for (DecisionTable table : DecisionTable.in(entry.getValue())) {
                DecisionContract contract = contracts.get(table.decisionId());
                if (contract != null) {
                    checkContract(file, table, contract, problems);
                    continue;
                }
                if (liveHitPolicies == null) {
                    liveHitPolicies = liveHitPolicies();
                }
                String live = liveHitPolicies.get(table.decisionId());
                if (live != null && !live.equals(table.hitPolicy())) {
                    problems.add(Problem.of(file, table.decisionId(), "The hit policy was " + live + " and is now "
                            + table.hitPolicy() + ": keep " + live + ", as changing it changes which rule wins for every case"));
                }
            }
        }
    }

    private static void checkContract(ModelFile file, DecisionTable table, DecisionContract contract, List<Problem> problems) {
        String why = ". What relies on it: " + contract.feature();
        if (!contract.hitPolicy().equals(table.hitPolicy())) {
            problems.add(Problem.of(file, table.decisionId(), "The hit policy must stay " + contract.hitPolicy()
                    + ", not " + table.hitPolicy() + why));
        }
        contract.outputs().forEach((name, known) -> {
            Optional<Integer> column = table.output(name);
            if (column.isEmpty()) {
                problems.add(Problem.of(file, table.decisionId(), "The table no longer has the output " + name + why));
                return;
            }
            for (DecisionTable.Rule rule : table.rules()) {
                if (column.get() >= rule.outputs().size()) {
                    continue;
                }
                String cell = rule.outputs().get(column.get());
                Optional<String> value = DecisionTable.literal(cell);
                if (value.isEmpty() || !known.contains(value.get())) {
                    problems.add(Problem.of(file, rule.id(), "Rule " + rule.number() + " (" + rule.id() + ") gives " + name
                            + " " + (cell.isBlank() ? "nothing" : cell) + "; it must be one of " + quoted(known) + why));
                }
            }
        });
    }

    private Map<String, String> liveHitPolicies() {
        Map<String, String> policies = new HashMap<>();
        try {
            for (ModelFile file : liveFiles.get()) {
                if (file.kind() == ModelFile.Kind.DMN) {
                    DecisionTable.in(org.lotuspathway.common.SafeXml.parse(file.content()))
                            .forEach(table -> policies.put(table.decisionId(), table.hitPolicy()));
                }
            }
        } catch (Exception e) {
            // nothing live to compare with (no pathway deployed yet, or a live file no longer readable)
        }
        return policies;
    }

    private static String quoted(Set<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }
}
