package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;

/**
 * What changed in a decision table: its hit policy and columns, and rules added, removed and
 * changed, each change with the column and its old and new cell (or description).
 */
final class TableChanges {

    private TableChanges() {
    }

    static List<String> between(Document before, Document after) {
        Map<String, DecisionTable> old = byId(DecisionTable.in(before));
        List<String> changes = new ArrayList<>();
        for (DecisionTable table : DecisionTable.in(after)) {
            DecisionTable was = old.get(table.decisionId());
            if (was == null) {
                changes.add("added the decision " + table.decisionId());
            } else {
                changes.addAll(between(was, table));
            }
        }
        Map<String, DecisionTable> now = byId(DecisionTable.in(after));
        old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> changes.add("removed the decision " + id));
        return changes;
    }

    private static List<String> between(DecisionTable was, DecisionTable now) {
        List<String> changes = new ArrayList<>();
        if (!was.hitPolicy().equals(now.hitPolicy())) {
            changes.add("changed the hit policy from " + was.hitPolicy() + " to " + now.hitPolicy());
        }
        columns("input", was.inputs(), now.inputs(), changes);
        columns("output", was.outputs(), now.outputs(), changes);
        Map<String, DecisionTable.Rule> oldRules = new LinkedHashMap<>();
        was.rules().forEach(rule -> oldRules.put(rule.id(), rule));
        for (DecisionTable.Rule rule : now.rules()) {
            DecisionTable.Rule before = oldRules.get(rule.id());
            if (before == null) {
                changes.add("added rule " + rule.number() + " (" + rule.id() + "): " + cells(now, rule));
                continue;
            }
            List<String> cells = new ArrayList<>();
            compare(now.inputs(), was.inputs(), before.inputs(), rule.inputs(), cells);
            compare(now.outputs(), was.outputs(), before.outputs(), rule.outputs(), cells);
            if (!before.description().equals(rule.description())) {
                cells.add("annotation \"" + before.description() + "\" to \"" + rule.description() + "\"");
            }
            if (!cells.isEmpty()) {
                changes.add("changed rule " + rule.number() + " (" + rule.id() + "): " + String.join("; ", cells));
            }
            if (before.number() != rule.number()) {
                changes.add("moved rule " + rule.id() + " from number " + before.number() + " to " + rule.number()
                        + (was.hitPolicy().equals("FIRST") ? " (the first rule that matches wins)" : ""));
            }
        }
        now.rules().forEach(rule -> oldRules.remove(rule.id()));
        oldRules.values().forEach(rule -> changes.add("removed rule " + rule.number() + " (" + rule.id() + "): " + cells(was, rule)));
        return changes;
    }

    private static void columns(String kind, List<DecisionTable.Column> was, List<DecisionTable.Column> now, List<String> changes) {
        Map<String, DecisionTable.Column> old = new LinkedHashMap<>();
        was.forEach(column -> old.put(column.id(), column));
        for (DecisionTable.Column column : now) {
            DecisionTable.Column before = old.remove(column.id());
            if (before == null) {
                changes.add("added the " + kind + " column \"" + column.label() + "\"");
            } else if (!before.label().equals(column.label()) || !before.text().equals(column.text())) {
                changes.add("changed the " + kind + " column \"" + before.label() + "\" (" + before.text() + ") to \""
                        + column.label() + "\" (" + column.text() + ")");
            }
        }
        old.values().forEach(column -> changes.add("removed the " + kind + " column \"" + column.label() + "\""));
    }

    /** Cells that differ, by column id, so an added column does not shift every comparison. */
    private static void compare(List<DecisionTable.Column> columns, List<DecisionTable.Column> oldColumns,
            List<String> before, List<String> after, List<String> changes) {
        for (int c = 0; c < columns.size() && c < after.size(); c++) {
            int old = indexOf(oldColumns, columns.get(c).id());
            if (old < 0 || old >= before.size()) {
                continue;
            }
            if (!before.get(old).equals(after.get(c))) {
                changes.add("\"" + columns.get(c).label() + "\" " + cell(before.get(old)) + " to " + cell(after.get(c)));
            }
        }
    }

    private static int indexOf(List<DecisionTable.Column> columns, String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String cells(DecisionTable table, DecisionTable.Rule rule) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < table.inputs().size() && c < rule.inputs().size(); c++) {
            if (!rule.inputs().get(c).isBlank() && !rule.inputs().get(c).equals("-")) {
                cells.add("\"" + table.inputs().get(c).label() + "\" " + rule.inputs().get(c));
            }
        }
        List<String> outputs = new ArrayList<>();
        for (int c = 0; c < table.outputs().size() && c < rule.outputs().size(); c++) {
            outputs.add("\"" + table.outputs().get(c).label() + "\" " + rule.outputs().get(c));
        }
        return (cells.isEmpty() ? "any case" : "when " + String.join(", ", cells)) + " then " + String.join(", ", outputs);
    }

    private static String cell(String text) {
        return text.isBlank() ? "(any)" : text;
    }

    private static Map<String, DecisionTable> byId(List<DecisionTable> tables) {
        Map<String, DecisionTable> byId = new LinkedHashMap<>();
        tables.forEach(table -> byId.put(table.decisionId(), table));
        return byId;
    }
}
