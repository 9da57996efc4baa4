package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.UkTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each stay of a case in a stage is recorded as it moves, for the time cases spend in each. */
@PathwayTest
class StageVisitTests {

    @Autowired
    PathwayDriver driver;
    @Autowired
    JdbcTemplate jdbc;


    @Test
    void aCaseThatComesBackToAStageStaysInItAgainAndClosingEndsTheLastStay() {
        Instant raised = UkTime.at(2034, 9, 1, 9);
        String key = driver.raise();
        Instant triaged = UkTime.at(2034, 9, 2, 9);
        driver.triageAs(key, 3, 3);
        Instant investigated = UkTime.at(2034, 9, 10, 9);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        Instant discussed = UkTime.at(2034, 9, 15, 9);
        driver.panelDecides(key, "FURTHER_INVESTIGATION");
        Instant updated = UkTime.at(2034, 9, 16, 9);
        driver.sendUpdate(key);

        assertThat(visits(key)).containsExactly(
                List.of("TRIAGE", raised, triaged), List.of("INVESTIGATION", triaged, investigated),
                List.of("PANEL", investigated, discussed), List.of("PRACTITIONER_UPDATE", discussed, updated),
                List.of("INVESTIGATION", updated, "open"));

        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "NO_FURTHER_ACTION");
        driver.sendUpdate(key);
        UkTime.at(2034, 9, 20, 9);
        driver.reviewAndClose(key);
        assertThat(visits(key)).extracting(visit -> visit.get(2)).doesNotContain("open");
        assertThat(visits(key).get(visits(key).size() - 1).get(0)).isEqualTo("CLOSURE");
    }

    private List<List<Object>> visits(String key) {
        return jdbc.query("select v.stage, v.entered_at, v.left_at from stage_visit v join concern c on c.id = v.concern_id "
                + "where c.business_key = ? order by v.id", (row, n) -> List.of(row.getString(1),
                        row.getTimestamp(2).toInstant(), row.getTimestamp(3) == null ? "open" : row.getTimestamp(3).toInstant()),
                key);
    }
}
