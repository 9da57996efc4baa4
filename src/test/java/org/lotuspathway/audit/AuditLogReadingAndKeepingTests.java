package org.lotuspathway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.lotuspathway.support.Pages.responsibleOfficer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.governance.AuditLogRetention;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reading and keeping the audit log: read by administrators only, newest first, narrowed and
 * filtered, their reading recorded too, and a hostile value shown harmlessly; kept for good, with
 * no way in the application or the database to change or remove a line.
 */
@PathwayTest
class AuditLogReadingAndKeepingTests {

    static final RequestPostProcessor ADMIN = as("admin", Roles.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    AuditEventRepository events;
    @Autowired
    AuditLog log;
    @Autowired
    AuditLogRetention auditLogRetention;

    @Test
    void administratorsReadTheLogNewestFirstNarrowedByCaseAndTheirReadingIsRecorded() throws Exception {
        String key = driver.raise();
        mvc.perform(get("/cases/{key}", key).with(caseManager())).andExpect(status().isOk());
        mvc.perform(get("/cases/{key}", key).with(responsibleOfficer())).andExpect(status().isOk());

        Document page = html(mvc.perform(get("/admin/audit").param("businessKey", key).with(ADMIN))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Audit log");
        assertThat(page.select("tbody tr")).extracting(row -> row.select("td").get(1).text().replace("Who ", "")
                + " " + row.select("td").get(2).text().replace("What ", "")).containsExactly(
                "admin Read the audit log",
                "ro Viewed the case",
                "casemanager Viewed the case",
                "system Raised the concern");
        assertThat(lines(key)).last().satisfies(line -> {
            assertThat(line.actor()).isEqualTo("admin");
            assertThat(line.action()).isEqualTo(AuditAction.READ_AUDIT_LOG);
            assertThat(line.detail()).hasValue("case " + key + ", page 1");
        });
    }

    @Test
    void theLogFiltersByPersonAndDateAndExplainsAFilterItCannotRead() throws Exception {
        String key = driver.raise();
        mvc.perform(get("/cases/{key}", key).with(as("auditedreader", Roles.CASE_MANAGER))).andExpect(status().isOk());
        String today = driver.today().toString();

        Document mine = html(mvc.perform(get("/admin/audit").param("actor", "auditedreader").param("from", today)
                .param("to", today).with(ADMIN)).andExpect(status().isOk()).andReturn());
        Document tomorrow = html(mvc.perform(get("/admin/audit").param("actor", "auditedreader")
                .param("from", driver.today().plusDays(1).toString()).with(ADMIN)).andReturn());
        Document confused = html(mvc.perform(get("/admin/audit").param("from", "last tuesday").with(ADMIN))
                .andExpect(status().isOk()).andReturn());

        assertThat(mine.select("tbody tr")).singleElement().satisfies(row -> assertThat(row.text())
                .contains("auditedreader", "Viewed the case", key));
        assertThat(tomorrow.text()).contains("No lines match");
        assertThat(confused.text()).contains("That filter was not understood");
        assertThat(confused.select("tbody tr")).isNotEmpty();
    }

    @Test
    void datesBeyondTheYearsAnyoneMeansShowTheWholeLogAndSaySo() throws Exception {
        for (String day : List.of("+999999999-12-31", "-999999999-01-01", "1999-12-31")) {
            Document page = html(mvc.perform(get("/admin/audit").param("from", day).param("to", day).with(ADMIN))
                    .andExpect(status().isOk()).andReturn());

            assertThat(page.text()).as(day).contains("Enter dates from the year 2000 to 2100, so the whole log is shown.");
            assertThat(page.select("tbody tr")).isNotEmpty();
        }
    }

    @Test
    void onlyAdministratorsMayReadTheLog() throws Exception {
        for (RequestPostProcessor notAnAdministrator : List.of(caseManager(), responsibleOfficer(), practitioner(),
                as("lead", Roles.LEAD))) {
            mvc.perform(get("/admin/audit").with(notAnAdministrator)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aHostileAddressIsKeptAsTextAndShownHarmlessly() throws Exception {
        String hostile = "\"><img src=x onerror=alert(1)>";
        mvc.perform(get("/cases/{key}", hostile).with(caseManager())).andExpect(status().isNotFound());

        Document page = html(mvc.perform(get("/admin/audit").param("actor", "casemanager")
                .param("businessKey", hostile).with(ADMIN)).andReturn());

        assertThat(page.select("main img, main [onerror]")).isEmpty();
        assertThat(page.select("tbody").text()).contains(hostile);
    }

    @Test
    void nothingInTheApplicationCanChangeOrRemoveALine() {
        List<String> repositoryMethods = Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName)
                .toList();
        assertThat(repositoryMethods).noneMatch(name -> name.startsWith("delete") || name.startsWith("update")
                || name.startsWith("remove") || name.startsWith("saveAll") || name.startsWith("flush"));
        assertThat(Arrays.stream(AuditEvent.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
        assertThat(AuditEvent.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }

    @Test
    void onH2TooTheDatabaseRefusesToChangeOrRemoveALine() {
        String key = driver.raise();
        assertThat(lines(key)).isNotEmpty();

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else' where business_key = ?", key))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where business_key = ?", key))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(lines(key)).isNotEmpty().noneMatch(line -> line.actor().equals("someone else"));
    }

    @Test
    void withNoRetentionSetEvenTheOldestLinesAreKeptAndThePageSaysSo() throws Exception {
        TestClock.stopAt(TestClock.uk("2001-02-03T10:00"));
        log.record("keptforever", AuditAction.VIEWED_CASE, "PSC-2001-00001", "case page");
        TestClock.restart();

        assertThat(auditLogRetention.pruneDue(() -> true)).isZero();

        assertThat(events.findByActorOrderByIdAsc("keptforever")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class,
                AuditAction.PRUNED_AUDIT_LOG.name())).isZero();
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where actor = 'keptforever'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(html(mvc.perform(get("/admin/retention").with(ADMIN)).andExpect(status().isOk()).andReturn())
                .select("#audit-log-rule").text()).isEqualTo("The audit log is kept for ever.");
    }

    private List<AuditEvent> lines(String key) {
        return events.findByBusinessKeyOrderByIdAsc(key);
    }
}
