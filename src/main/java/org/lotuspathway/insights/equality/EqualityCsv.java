package org.lotuspathway.insights.equality;

import java.util.ArrayList;
import java.util.List;

import org.lotuspathway.insights.Csv;

/** Equality monitoring as CSV: a row per group and stage, suppressed counts as words, never numbers. */
final class EqualityCsv {

    private EqualityCsv() {
    }

    static Csv of(EqualityTable table) {
        Csv csv = new Csv().row(List.of("Characteristic", "Group", "Population share (%)", "Reference group", "Stage",
                "Concerns", "Rate relative to the reference group"));
        for (EqualityTable.Row row : table.rows()) {
            for (int s = 0; s < table.stages().size(); s++) {
                EqualityTable.Cell cell = row.cells().get(s);
                csv.row(line(table, row.label(), row.baselineShare() == null ? "" : row.baselineShare().toString(),
                        row.reference() ? "yes" : "no", s, cell));
            }
        }
        for (int s = 0; s < table.stages().size(); s++) {
            csv.row(line(table, "All concerns", "", "", s, table.totals().get(s)));
        }
        return csv;
    }

    private static List<String> line(EqualityTable table, String group, String share, String reference, int stage,
            EqualityTable.Cell cell) {
        List<String> line = new ArrayList<>(List.of(table.characteristic().label(), group, share, reference,
                table.stages().get(stage).label()));
        line.add(cell.suppressed() ? table.suppressedText() : String.valueOf(cell.count()));
        line.add(cell.relativeRate() == null ? "" : String.valueOf(cell.relativeRate()));
        return line;
    }
}
