package org.lotuspathway.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Open cases by the stage they are in now and their risk band. */
@Component
@Order(1)
class OpenCasesChart implements InsightChart {

    static final String NOT_TRIAGED = "Not yet triaged";

    private final NamedParameterJdbcTemplate jdbc;

    OpenCasesChart(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "open-cases";
    }

    @Override
    public Chart compute(Period period) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("""
                select stage, risk_band, count(*) cases from concern
                 where stage <> 'CLOSED' and raised_at >= :from and raised_at < :to
                 group by stage, risk_band""",
                period.parameters(),
                row -> {
                    counts.put(row.getString("stage") + "/" + row.getString("risk_band"), row.getLong("cases"));
                });
        List<Stage> stages = Arrays.stream(Stage.values()).filter(stage -> stage != Stage.CLOSED).toList();
        List<Chart.Series> series = new ArrayList<>();
        for (RiskBand band : RiskBand.values()) {
            series.add(new Chart.Series(band.label(),
                    stages.stream().map(stage -> (Number) counts.getOrDefault(stage + "/" + band, 0L)).toList()));
        }
        series.add(new Chart.Series(NOT_TRIAGED,
                stages.stream().map(stage -> (Number) counts.getOrDefault(stage + "/null", 0L)).toList()));
        return new Chart(id(), "Open cases by stage and risk band",
                "Cases still open, by the stage they are in now, raised in the period.", "stacked", "Stage", "cases",
                stages.stream().map(Stage::label).toList(), series);
    }
}
