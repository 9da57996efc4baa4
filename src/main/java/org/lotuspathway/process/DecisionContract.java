package org.lotuspathway.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a feature relies on in a decision table: every combination of the inputs a case can bring
 * (each input variable with all the values it can take, in the order the lead reads them) must
 * match a rule, the table's hit policy stays as the feature reads it, and each output takes only
 * the values the feature knows.
 *
 * @param inputs each input variable and every value it can take
 * @param outputs each output and the values the feature knows
 */
public record DecisionContract(String decisionKey, String feature, String hitPolicy,
        Map<String, List<Object>> inputs, Map<String, Set<String>> outputs) {

    /** Every combination of the inputs' values, the first input varying slowest. */
    public List<Map<String, Object>> combinations() {
        List<Map<String, Object>> combinations = List.of(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> input : inputs.entrySet()) {
            List<Map<String, Object>> next = new java.util.ArrayList<>();
            for (Map<String, Object> partial : combinations) {
                for (Object value : input.getValue()) {
                    Map<String, Object> combination = new LinkedHashMap<>(partial);
                    combination.put(input.getKey(), value);
                    next.add(combination);
                }
            }
            combinations = next;
        }
        return combinations;
    }
}
