package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A decision table as the checks and change summaries read it: its columns and rules, as text. */
record DecisionTable(String decisionId, String decisionName, String hitPolicy, List<Column> inputs, List<Column> outputs,
        List<Rule> rules) {

    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");

    /** An input column (its label and expression) or an output column (its label and name). */
    record Column(String id, String label, String text) {
    }

    /** A rule: its id, its number as the editor shows it, and its cells in column order. */
    record Rule(String id, int number, List<String> inputs, List<String> outputs, String description) {
    }

    /** Every decision table in the document. */
    static List<DecisionTable> in(Document xml) {
        List<DecisionTable> tables = new ArrayList<>();
        for (Element decision : Dom.byName(xml, Dom.DMN, "decision")) {
            DecisionTablesAreFeel.child(decision, "decisionTable").ifPresent(table -> tables.add(read(decision, table)));
        }
        return tables;
    }

    private static DecisionTable read(Element decision, Element table) {
        List<Column> inputs = new ArrayList<>();
        for (Element input : DecisionTablesAreFeel.children(table, "input")) {
            inputs.add(new Column(input.getAttribute("id"), DecisionTablesAreFeel.columnName(input),
                    DecisionTablesAreFeel.child(input, "inputExpression").flatMap(e -> DecisionTablesAreFeel.child(e, "text"))
                            .map(t -> Dom.ownText(t).strip()).orElse("")));
        }
        List<Column> outputs = new ArrayList<>();
        for (Element output : DecisionTablesAreFeel.children(table, "output")) {
            outputs.add(new Column(output.getAttribute("id"), DecisionTablesAreFeel.columnName(output), output.getAttribute("name")));
        }
        List<Rule> rules = new ArrayList<>();
        List<Element> ruleElements = DecisionTablesAreFeel.children(table, "rule");
        for (int r = 0; r < ruleElements.size(); r++) {
            Element rule = ruleElements.get(r);
            rules.add(new Rule(rule.getAttribute("id"), r + 1, cells(rule, "inputEntry"), cells(rule, "outputEntry"),
                    DecisionTablesAreFeel.child(rule, "description").map(d -> Dom.ownText(d).strip()).orElse("")));
        }
        String hitPolicy = table.getAttribute("hitPolicy").isBlank() ? "UNIQUE" : table.getAttribute("hitPolicy");
        return new DecisionTable(decision.getAttribute("id"), decision.getAttribute("name"), hitPolicy, inputs, outputs, rules);
    }

    private static List<String> cells(Element rule, String kind) {
        return DecisionTablesAreFeel.children(rule, kind).stream()
                .map(entry -> DecisionTablesAreFeel.child(entry, "text").map(t -> Dom.ownText(t).strip()).orElse("")).toList();
    }

    /** The position of the output of that name, if the table has one. */
    Optional<Integer> output(String name) {
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).text().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The string a cell holds when it is a plain string literal ("HIGH"), else empty. */
    static Optional<String> literal(String cell) {
        Matcher string = STRING.matcher(cell.strip());
        return string.matches() ? Optional.of(string.group(1)) : Optional.empty();
    }

    /** Every value the output can return, if every rule gives it as a string literal; empty if any does not. */
    Optional<Set<String>> returnable(String output) {
        Optional<Integer> column = output(output);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        for (Rule rule : rules) {
            if (column.get() >= rule.outputs().size()) {
                return Optional.empty();
            }
            Optional<String> value = literal(rule.outputs().get(column.get()));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return Optional.of(values);
    }

    /** The variables the input expressions read: the names an entry may use besides literals. */
    Set<String> inputNames() {
        Set<String> names = new LinkedHashSet<>();
        inputs.forEach(input -> names.addAll(FeelRules.names(input.text())));
        return names;
    }
}
