package org.lotuspathway.insights;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.panel.PanelDecision;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** What PAG/PSG discussions decided: every discussion (a case may go to the panel several times). */
@Component
@Order(6)
class PanelOutcomesChart implements InsightChart {

    private final NamedParameterJdbcTemplate jdbc;

    PanelOutcomesChart(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "panel-outcomes";
    }

    @Override
    public Chart compute(Period period) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("""
                select d.decision, count(*) discussions from panel_discussion d
                  join concern c on c.id = d.concern_id
                 where c.raised_at >= :from and c.raised_at < :to
                 group by d.decision""",
                period.parameters(),
                row -> {
                    counts.put(row.getString("decision"), row.getLong("discussions"));
                });
        List<PanelDecision> decisions = Arrays.asList(PanelDecision.values());
        return new Chart(id(), "PAG/PSG outcomes", "What each panel discussion of a case raised in the period decided.",
                "grouped", "Decision", "discussions", decisions.stream().map(PanelDecision::label).toList(),
                List.of(new Chart.Series("Discussions",
                        decisions.stream().map(d -> (Number) counts.getOrDefault(d.name(), 0L)).toList())));
    }
}
