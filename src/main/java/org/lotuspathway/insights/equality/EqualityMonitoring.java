package org.lotuspathway.insights.equality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.concern.EqualityAnswers;
import org.lotuspathway.insights.Chart;
import org.lotuspathway.insights.Period;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Equality monitoring: for one characteristic, how many concerns raised in a period reached each
 * stage, by group (one query), with small counts suppressed ({@link Suppression}: down each stage, and across
 * the triage bands, which add up to the concerns received) and each group's
 * rate relative to the reference group's, against the population baseline:
 * (group's count / group's share) / (reference's count / reference's share).
 */
@Service
public class EqualityMonitoring {

    static final String NOT_RECORDED_LABEL = "Not recorded";

    private final NamedParameterJdbcTemplate jdbc;
    private final PopulationBaseline baseline;

    EqualityMonitoring(NamedParameterJdbcTemplate jdbc, PopulationBaseline baseline) {
        this.jdbc = jdbc;
        this.baseline = baseline;
    }

    @Transactional(readOnly = true)
    public EqualityTable table(Characteristic characteristic, Period period) {
        List<EqualityStage> stages = List.of(EqualityStage.values());
        Map<String, long[]> counts = counts(characteristic, stages, period);
        List<String> groups = new ArrayList<>(characteristic.groups().stream().map(EqualityAnswers.Group::name).toList());
        groups.add(Characteristic.NOT_RECORDED);
        int smallest = baseline.smallestCountShown();
        Optional<String> reference = baseline.reference(characteristic);

        long[][] grid = new long[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            grid[g] = counts.getOrDefault(groups.get(g), new long[stages.size()]);
        }
        Suppression.Hidden suppressed = Suppression.of(grid, stages.size(), smallest,
                stages.indexOf(EqualityStage.RECEIVED), EqualityStage.triageBands().stream().mapToInt(stages::indexOf).toArray());

        List<List<EqualityTable.Cell>> cellsByGroup = new ArrayList<>();
        groups.forEach(group -> cellsByGroup.add(new ArrayList<>()));
        List<EqualityTable.Cell> totals = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            final int stage = s;
            List<Long> column = groups.stream().map(group -> grid[groups.indexOf(group)][stage]).toList();
            List<Boolean> hidden = groups.stream().map(group -> suppressed.cell(groups.indexOf(group), stage)).toList();
            Double referenceRate = reference.flatMap(group -> rate(characteristic, group, column.get(groups.indexOf(group)),
                    hidden.get(groups.indexOf(group)))).orElse(null);
            for (int g = 0; g < groups.size(); g++) {
                if (hidden.get(g)) {
                    cellsByGroup.get(g).add(EqualityTable.Cell.hidden());
                    continue;
                }
                Double relative = referenceRate == null ? null
                        : rate(characteristic, groups.get(g), column.get(g), false).map(r -> round(r / referenceRate)).orElse(null);
                cellsByGroup.get(g).add(new EqualityTable.Cell(column.get(g), false, relative));
            }
            long total = column.stream().mapToLong(Long::longValue).sum();
            totals.add(suppressed.total(s) ? EqualityTable.Cell.hidden() : new EqualityTable.Cell(total, false, null));
        }

        List<EqualityTable.Row> rows = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            String group = groups.get(g);
            rows.add(new EqualityTable.Row(group, label(characteristic, group), baseline.share(characteristic, group).orElse(null),
                    reference.map(group::equals).orElse(false), cellsByGroup.get(g)));
        }
        return new EqualityTable(characteristic, period, reference.orElse(null),
                reference.map(group -> label(characteristic, group)).orElse(null), smallest, stages, rows, totals);
    }

    /** Relative rates as a chart: a series for each group with a population share, a bar for each stage. */
    public Chart chart(EqualityTable table) {
        List<Chart.Series> series = new ArrayList<>();
        for (EqualityTable.Row row : table.rows()) {
            if (row.baselineShare() != null) {
                series.add(new Chart.Series(row.label(),
                        row.cells().stream().map(cell -> (Number) cell.relativeRate()).toList()));
            }
        }
        return new Chart("equality-" + table.characteristic().key(),
                "Rate relative to " + (table.referenceLabel() == null ? "the reference group" : table.referenceLabel()),
                "Each group's rate at each stage over the reference group's; 1 is the same rate. No bar: too few to show.",
                "grouped", "Stage", "times the reference rate",
                table.stages().stream().map(EqualityStage::label).toList(), series, 1.0);
    }

    private Map<String, long[]> counts(Characteristic characteristic, List<EqualityStage> stages, Period period) {
        StringBuilder sql = new StringBuilder("select e.").append(characteristic.column()).append(" grp");
        for (int s = 0; s < stages.size(); s++) {
            sql.append(", sum(case when ").append(stages.get(s).condition()).append(" then 1 else 0 end) s").append(s);
        }
        sql.append(" from concern c left join concern_equality e on e.concern_id = c.id")
                .append(" where c.raised_at >= :from and c.raised_at < :to group by e.").append(characteristic.column());
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query(sql.toString(), period.parameters(),
                row -> {
                    long[] byStage = new long[stages.size()];
                    for (int s = 0; s < stages.size(); s++) {
                        byStage[s] = row.getLong("s" + s);
                    }
                    String group = row.getString("grp");
                    counts.put(group == null ? Characteristic.NOT_RECORDED : group, byStage);
                });
        return counts;
    }

    /** Concerns per percentage point of the population: only for a shown count and a group with a share. */
    private Optional<Double> rate(Characteristic characteristic, String group, long count, boolean hidden) {
        if (hidden) {
            return Optional.empty();
        }
        return baseline.share(characteristic, group).filter(share -> share > 0).map(share -> count / share);
    }

    private static String label(Characteristic characteristic, String group) {
        return characteristic.groups().stream().filter(g -> g.name().equals(group)).map(EqualityAnswers.Group::label)
                .findFirst().orElse(NOT_RECORDED_LABEL);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
