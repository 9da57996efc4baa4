package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

/**
 * A choice that reads a decision table's output routes every value the table can return, and only
 * those: each condition ({@code ${route == 'INVESTIGATION'}}) names a value some rule returns, and
 * each value the table returns has a way out whose condition names it; one value may go by the
 * default way out instead. So a case is never sent the default way by a value nobody drew a way
 * for, and a renamed value in the table cannot leave a way out that no case takes.
 *
 * <p>An output counts when a rule task in the same process uses the table; its values are read from
 * the rules, when every rule gives the output as a string literal (otherwise nothing is said).
 */
final class DecisionValuesRouted implements DeploymentCheck {

    private static final Pattern EQUALS = Pattern.compile("[$#]\\{\\s*([A-Za-z_]\\w*)\\s*==\\s*'([^']*)'\\s*}");

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        Map<String, DecisionTable> tables = new HashMap<>();
        models.decisions().values().forEach(xml -> DecisionTable.in(xml).forEach(t -> tables.put(t.decisionId(), t)));
        models.processes().forEach((file, xml) -> {
            for (Element process : Dom.byName(xml, Dom.BPMN, "process")) {
                Map<String, Set<String>> values = new LinkedHashMap<>();
                Map<String, String> tableOf = new HashMap<>();
                for (Element rule : Dom.elementsIn(process, Dom.BPMN, "businessRuleTask")) {
                    DecisionTable table = tables.get(Dom.camundaAttribute(rule, "decisionRef"));
                    if (table != null) {
                        table.outputs().forEach(output -> table.returnable(output.text()).ifPresent(returned -> {
                            values.put(output.text(), returned);
                            tableOf.put(output.text(), table.decisionId());
                        }));
                    }
                }
                if (!values.isEmpty()) {
                    checkChoices(file, process, values, tableOf, problems);
                }
            }
        });
    }

    private static void checkChoices(ModelFile file, Element process, Map<String, Set<String>> values,
            Map<String, String> tableOf, List<Problem> problems) {
        Map<String, List<Element>> outgoing = new HashMap<>();
        for (Element flow : Dom.elementsIn(process, Dom.BPMN, "sequenceFlow")) {
            outgoing.computeIfAbsent(flow.getAttribute("sourceRef"), s -> new ArrayList<>()).add(flow);
        }
        for (Element gateway : gateways(process)) {
            Map<String, Set<String>> named = new LinkedHashMap<>();
            for (Element flow : outgoing.getOrDefault(gateway.getAttribute("id"), List.of())) {
                condition(flow).ifPresent(condition -> {
                    String variable = condition[0];
                    if (values.containsKey(variable)) {
                        named.computeIfAbsent(variable, v -> new LinkedHashSet<>()).add(condition[1]);
                        if (!values.get(variable).contains(condition[1])) {
                            problems.add(Problem.of(file, flow.getAttribute("id"), "The way out \"" + nameOf(flow)
                                    + "\" is taken when " + variable + " is " + condition[1] + ", which the decision table "
                                    + tableOf.get(variable) + " never returns (it returns "
                                    + String.join(", ", values.get(variable)) + ")"));
                        }
                    }
                });
            }
            named.forEach((variable, routed) -> {
                List<String> unrouted = values.get(variable).stream().filter(value -> !routed.contains(value)).toList();
                boolean hasDefault = !gateway.getAttribute("default").isBlank();
                if (unrouted.size() > 1 || unrouted.size() == 1 && !hasDefault) {
                    problems.add(Problem.of(file, gateway.getAttribute("id"), "\"" + nameOf(gateway) + "\" has no way out for "
                            + variable + " " + String.join(" or ", unrouted) + ", which the decision table "
                            + tableOf.get(variable) + " returns: give each value a way out whose condition names it"
                            + " (one value may take the default way out)"));
                }
            });
        }
    }

    private static List<Element> gateways(Element process) {
        List<Element> gateways = new ArrayList<>(Dom.elementsIn(process, Dom.BPMN, "exclusiveGateway"));
        gateways.addAll(Dom.elementsIn(process, Dom.BPMN, "inclusiveGateway"));
        return gateways;
    }

    /** The variable and value of a condition of the form ${variable == 'value'}. */
    private static Optional<String[]> condition(Element flow) {
        for (Element expression : Dom.elementsIn(flow, Dom.BPMN, "conditionExpression")) {
            Matcher equals = EQUALS.matcher(Dom.ownText(expression).strip());
            if (equals.matches()) {
                return Optional.of(new String[] {equals.group(1), equals.group(2)});
            }
        }
        return Optional.empty();
    }

    private static String nameOf(Element element) {
        String name = element.getAttribute("name");
        return name.isBlank() ? element.getAttribute("id") : name;
    }
}
