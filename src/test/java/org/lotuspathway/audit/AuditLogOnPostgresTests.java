package org.lotuspathway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lotuspathway.support.Pages.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PostgresPathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On PostgreSQL the database itself keeps the audit log append-only: whoever asks, an UPDATE,
 * DELETE or TRUNCATE of audit_event is refused (migration 5.1), but for the DELETE of a line older
 * than the audit log's retention, when one is set (migration 24.1). The log is written and searched
 * there as on H2.
 */
@PostgresPathwayTest
class AuditLogOnPostgresTests {

    @Autowired
    AuditLog log;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayClock clock;

    @Test
    void linesAreWrittenAndFoundByCasePersonAndDay() throws Exception {
        String actor = "pg" + UUID.randomUUID().toString().substring(0, 8);
        log.record(actor, AuditAction.VIEWED_CASE, "psc-2026-77777", "case page");
        LocalDate today = clock.today();

        assertThat(log.search(new AuditFilter("PSC-2026-77777", actor, today, today, 0)).getContent())
                .singleElement().satisfies(line -> assertThat(line.detail()).hasValue("case page"));
        assertThat(log.search(new AuditFilter(null, actor, today.plusDays(1), null, 0)).getContent()).isEmpty();
        mvc.perform(get("/admin/audit").param("actor", actor).with(as("admin", Roles.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveALine() {
        log.record("pgwriter", AuditAction.VIEWED_CASE, "PSC-2026-77778", "case page");

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else' where actor = 'pgwriter'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where actor = 'pgwriter'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'pgwriter'", Long.class))
                .isPositive();
    }

    @Test
    void withARetentionSetOnlyALinePastItMayBeRemovedAndNoneChanged() {
        TestClock.stopAt(TestClock.uk("1990-06-01T10:00"));
        log.record("pgretained", AuditAction.VIEWED_CASE, "PSC-1990-00001", "old");
        TestClock.restart();
        log.record("pgretained", AuditAction.VIEWED_CASE, "PSC-2026-77779", "young");
        jdbc.update("update audit_retention set years = 7");
        try {
            assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else' where actor = 'pgretained'"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("delete from audit_event where actor = 'pgretained' and detail = 'young'"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

            assertThat(jdbc.update("delete from audit_event where actor = 'pgretained' and detail = 'old'")).isEqualTo(1);
        } finally {
            jdbc.update("update audit_retention set years = null");
        }
        assertThat(jdbc.queryForList("select detail from audit_event where actor = 'pgretained'", String.class))
                .containsExactly("young");
    }
}
