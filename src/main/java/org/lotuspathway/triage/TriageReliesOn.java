package org.lotuspathway.triage;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.DecisionContract;
import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.ReliedOnStep;
import org.springframework.stereotype.Component;

/** Triage relies on its task, the risk decision after it, and a table that answers every triage with a known band and route. */
@Component
class TriageReliesOn implements ReliedOn {

    @Override
    public List<ReliedOnStep> steps() {
        return List.of(
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.TASK_TRIAGE_CONCERN, "userTask", "Triage the concern",
                        "triage: the answers would not be recorded and the risk decision would have nothing to decide on")
                        .recordedBy("recordTriage").reading(TriageAnswers.class),
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.RULE_STRATIFY_RISK, "businessRuleTask", "Stratify the risk",
                        "the risk decision: no case would get a risk band or a route")
                        .recordedBy("recordRiskBand").calling(ConcernPathway.DECISION_TRIAGE_RISK)
                        .after(ConcernPathway.TASK_TRIAGE_CONCERN));
    }

    /**
     * Every triage a case can bring: likelihood and impact 1 to 5 (the triage form's options), with
     * or without an immediate risk or previous concerns, and each level of insight. The band and
     * route must be ones the case records know (RecordRiskBand reads them as RiskBand and Route).
     */
    @Override
    public List<DecisionContract> decisions() {
        Map<String, List<Object>> inputs = new LinkedHashMap<>();
        inputs.put(ConcernPathway.VAR_LIKELIHOOD, List.of(1, 2, 3, 4, 5));
        inputs.put(ConcernPathway.VAR_IMPACT, List.of(1, 2, 3, 4, 5));
        inputs.put(ConcernPathway.VAR_IMMEDIATE_RISK, List.of(false, true));
        inputs.put(ConcernPathway.VAR_PREVIOUS_CONCERNS, List.of(false, true));
        inputs.put(ConcernPathway.VAR_INSIGHT, Arrays.stream(Insight.values()).map(Insight::name).map(Object.class::cast).toList());
        return List.of(new DecisionContract(ConcernPathway.DECISION_TRIAGE_RISK,
                "triage: the case's risk band and route come from this table, and the pathway reads a single result",
                "FIRST", inputs, Map.of(
                        ConcernPathway.VAR_RISK_BAND, names(RiskBand.values()),
                        ConcernPathway.VAR_ROUTE, names(Route.values()))));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
