package org.lotuspathway.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log's own retention, set to seven years, with the clocks set. The same settings as
 * {@link RetentionTests}, so the same context and database. The old entries are from 2018, well
 * before the database's own clock's cutoff too (its trigger reads that clock), whenever this runs.
 */
@PathwayTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:lotus-retention;DB_CLOSE_DELAY=-1",
        "lotus.retention.batch-size=2", "lotus.retention.audit-log-years=7"})
class AuditLogRetentionTests {

    @Autowired
    AuditLogRetention retention;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void entriesSevenYearsAndADayOldAreDeletedInBatchesAndOneLinePerRunSaysHowMany() {
        for (String actor : List.of("auditold1", "auditold2", "auditold3")) {
            recordAt("2018-03-09T01:00", actor, "PSC-2018-00001", "Dr Olga Old's case page");
        }
        recordAt("2018-03-10T00:30", "audityoung", "PSC-2018-00001", "Dr Olga Old's case page");

        TestClock.stopAt(TestClock.uk("2025-03-09T02:00"));
        assertThat(retention.pruneDue(() -> true)).as("exactly seven years on, still kept").isZero();
        assertThat(pruned()).isEmpty();

        TestClock.stopAt(TestClock.uk("2025-03-10T02:00"));
        AtomicInteger batches = new AtomicInteger();
        assertThat(retention.pruneDue(() -> batches.incrementAndGet() <= 1)).as("stopped after one batch").isEqualTo(2);
        assertThat(retention.pruneDue(() -> true)).as("the next run goes on").isEqualTo(1);
        assertThat(retention.pruneDue(() -> true)).isZero();

        assertThat(count("select count(*) from audit_event where actor like 'auditold%'")).isZero();
        assertThat(count("select count(*) from audit_event where actor = 'audityoung'")).isEqualTo(1);
        assertThat(pruned()).extracting(line -> line.get("DETAIL")).containsExactly(
                "2 entries before 2018-03-10 under lotus.retention.audit-log-years=7",
                "1 entry before 2018-03-10 under lotus.retention.audit-log-years=7");
        assertThat(pruned()).allSatisfy(line -> {
            assertThat(line.get("ACTOR")).isEqualTo(AuditLog.SYSTEM);
            assertThat(line.get("BUSINESS_KEY")).isNull();
        });
    }

    @Test
    void theDatabaseStillRefusesEveryChangeAndTheRemovalOfAnEntryNotPastTheRetention() {
        recordAt("2018-02-01T10:00", "auditguarded", "PSC-2018-00002", "old");
        TestClock.restart();
        log.record("auditguarded", AuditAction.VIEWED_CASE, "PSC-2026-00002", "young");

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else' where actor = 'auditguarded'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where actor = 'auditguarded' and detail = 'young'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.update("delete from audit_event where actor = 'auditguarded' and detail = 'old'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where actor = 'auditguarded' and detail = 'young'"))
                .isEqualTo(1);
    }

    @Test
    void theSettingReachesTheDatabaseOnceAndThePageStatesTheRule() throws Exception {
        assertThat(count("select years from audit_retention")).isEqualTo(7);
        retention.tellTheDatabase();
        assertThat(jdbc.queryForList("select detail from audit_event where action = ? and actor = ?", String.class,
                AuditAction.SET_AUDIT_LOG_RETENTION.name(), AuditLog.SYSTEM))
                .containsExactly("lotus.retention.audit-log-years=7, was (kept for ever)");

        mvc.perform(get("/admin/retention").with(user("admin").roles("camunda-admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Audit entries are deleted 7 years after they were recorded.")));
    }

    @Test
    void aRetentionShorterThanAYearIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RetentionSettings(6, 20, 0, 30)).hasMessageContaining("audit-log-years must be at least 1");
        assertThat(new RetentionSettings(6, 20, null, 30).auditLogRule()).isEqualTo("The audit log is kept for ever.");
    }

    private void recordAt(String ukTime, String actor, String businessKey, String detail) {
        TestClock.stopAt(TestClock.uk(ukTime));
        log.record(actor, AuditAction.VIEWED_CASE, businessKey, detail);
    }

    private List<Map<String, Object>> pruned() {
        return jdbc.queryForList("select actor, business_key, detail from audit_event where action = ? order by id",
                AuditAction.PRUNED_AUDIT_LOG.name());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
