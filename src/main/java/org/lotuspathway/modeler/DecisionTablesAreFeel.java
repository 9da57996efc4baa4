package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.lotuspathway.process.engine.FeelSyntax;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every cell of a decision table is FEEL the engine can read, decided before it is deployed: each
 * text first passes {@link FeelRules} (from the text alone), and only then Camunda's own FEEL parser
 * reads it ({@link FeelSyntax}): input entries as unary tests ({@code [8..12]}, {@code >= 15},
 * {@code "NONE"}), output entries and input expressions as expressions. A problem names the rule
 * (by number, as the editor shows it, and id) and the column.
 */
final class DecisionTablesAreFeel implements DeploymentCheck {

    private final FeelSyntax feel;

    DecisionTablesAreFeel(FeelSyntax feel) {
        this.feel = feel;
    }

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.decisions().forEach((file, xml) -> {
            for (Element table : Dom.byName(xml, Dom.DMN, "decisionTable")) {
                checkTable(file, table, problems);
            }
            for (Element literal : Dom.byName(xml, Dom.DMN, "literalExpression")) {
                child(literal, "text").ifPresent(text -> checkCell(Dom.ownText(text), feel::expressionProblem,
                        "The expression", problem -> problems.add(Problem.of(file, Dom.idOf(literal), problem))));
            }
        });
    }

    private void checkTable(ModelFile file, Element table, List<Problem> problems) {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        for (Element input : children(table, "input")) {
            String name = columnName(input);
            inputs.add(name);
            Optional<Element> expression = child(input, "inputExpression").flatMap(e -> child(e, "text"));
            expression.ifPresent(text -> checkCell(Dom.ownText(text), feel::expressionProblem,
                    "The input expression of the column \"" + name + "\"",
                    problem -> problems.add(Problem.of(file, input.getAttribute("id"), problem))));
            checkValues(file, input, name, problems);
        }
        for (Element output : children(table, "output")) {
            String name = columnName(output);
            outputs.add(name);
            checkValues(file, output, name, problems);
        }
        Set<String> inputNames = new LinkedHashSet<>();
        for (Element input : children(table, "input")) {
            child(input, "inputExpression").flatMap(e -> child(e, "text"))
                    .ifPresent(text -> inputNames.addAll(FeelRules.names(Dom.ownText(text))));
        }
        inputNames.removeAll(FeelRules.KEYWORDS);
        List<Element> rules = children(table, "rule");
        for (int r = 0; r < rules.size(); r++) {
            Element rule = rules.get(r);
            String where = "Rule " + (r + 1) + " (" + rule.getAttribute("id") + "), column ";
            List<Element> inputEntries = children(rule, "inputEntry");
            List<Element> outputEntries = children(rule, "outputEntry");
            if (inputEntries.size() != inputs.size() || outputEntries.size() != outputs.size()) {
                problems.add(Problem.of(file, rule.getAttribute("id"), "Rule " + (r + 1) + " has " + inputEntries.size()
                        + " input and " + outputEntries.size() + " output cells; the table has " + inputs.size()
                        + " input and " + outputs.size() + " output columns"));
                continue;
            }
            for (int c = 0; c < inputEntries.size(); c++) {
                String column = where + "\"" + inputs.get(c) + "\"";
                child(inputEntries.get(c), "text").ifPresent(text -> checkCell(Dom.ownText(text), feel::unaryTestsProblem,
                        inputNames, column, problem -> problems.add(Problem.of(file, rule.getAttribute("id"), problem))));
            }
            for (int c = 0; c < outputEntries.size(); c++) {
                String column = where + "\"" + outputs.get(c) + "\"";
                child(outputEntries.get(c), "text").ifPresent(text -> checkCell(Dom.ownText(text), feel::expressionProblem,
                        inputNames, column, problem -> problems.add(Problem.of(file, rule.getAttribute("id"), problem))));
            }
        }
    }

    /** The values a column lists as allowed ({@code "LOW","MODERATE","HIGH"}) are unary tests too. */
    private void checkValues(ModelFile file, Element column, String name, List<Problem> problems) {
        String values = "input".equals(column.getLocalName()) ? "inputValues" : "outputValues";
        child(column, values).flatMap(v -> child(v, "text")).ifPresent(text -> checkCell(Dom.ownText(text),
                feel::unaryTestsProblem, "The allowed values of the column \"" + name + "\"",
                problem -> problems.add(Problem.of(file, column.getAttribute("id"), problem))));
    }

    private static void checkCell(String text, Function<String, Optional<String>> parse, String where,
            Consumer<String> report) {
        checkCell(text, parse, null, where, report);
    }

    /**
     * With {@code inputs}, a rule's cell: every name in it must be one of the table's inputs or
     * FEEL's own ({@code >= fifteen} parses, as a name; it is refused here).
     */
    private static void checkCell(String text, Function<String, Optional<String>> parse, Set<String> inputs,
            String where, Consumer<String> report) {
        String cell = text.strip();
        if (cell.isEmpty()) {
            return;
        }
        Optional<String> refused = FeelRules.problemIn(cell).map(problem -> where + ": the FEEL " + cell + " " + problem);
        if (refused.isEmpty() && inputs != null) {
            List<String> unknown = FeelRules.names(cell).stream()
                    .filter(name -> !inputs.contains(name) && !FeelRules.KEYWORDS.contains(name)).distinct().toList();
            if (!unknown.isEmpty()) {
                refused = Optional.of(where + ": the FEEL " + cell + " names " + String.join(", ", unknown)
                        + ", which " + (unknown.size() == 1 ? "is" : "are") + " not one of the table's inputs ("
                        + String.join(", ", inputs) + ") or a literal: a number, \"text in quotes\", true or false");
            }
        }
        if (refused.isEmpty()) {
            refused = parse.apply(cell).map(problem -> where + ": the FEEL " + cell + " cannot be read: " + problem);
        }
        refused.ifPresent(report);
    }

    static String columnName(Element column) {
        String label = column.getAttribute("label");
        if (!label.isBlank()) {
            return label;
        }
        if (!column.getAttribute("name").isBlank()) {
            return column.getAttribute("name");
        }
        return child(column, "inputExpression").flatMap(e -> child(e, "text")).map(t -> Dom.ownText(t).strip())
                .orElse(column.getAttribute("id"));
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && Dom.DMN.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }
}
