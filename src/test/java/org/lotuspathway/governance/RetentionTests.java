package org.lotuspathway.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.CaseEngineRecords;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The retention schedule with the clocks set: cases closed in 2019 and erased six years and a day
 * later. A database of their own, so that no other test's cases are ever due here, shared with
 * {@link AuditLogRetentionTests} (the same settings, so the same context).
 */
@PathwayTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:lotus-retention;DB_CLOSE_DELAY=-1",
        "lotus.retention.batch-size=2", "lotus.retention.audit-log-years=7"})
class RetentionTests {

    @Autowired
    PathwayDriver driver;
    @Autowired
    Erasures erasures;
    @Autowired
    RetentionSchedule schedule;
    @Autowired
    LegalHolds holds;
    @Autowired
    CaseEngineRecords engine;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    SubjectAccessRequests requests;
    @Autowired
    ExportWorker worker;

    @Test
    void aCaseClosedSixYearsAndADayAgoIsErasedEverywhereButStaysInTheStatistics() {
        String key = closedCase("Dr Edith Erasable", "7300001", TestClock.uk("2019-05-10T11:00"));
        List<String> instances = engine.instancesOf(key);
        assertThat(instances).isNotEmpty();
        long stageVisits = count("select count(*) from stage_visit v join concern c on c.id = v.concern_id where c.business_key = ?", key);

        // it came from someone who spoke up, confidentially, and the team asked them a question
        jdbc.update("""
                insert into speak_up_report (reference, route, received_at, about_name, about_profession, about_workplace,
                    what_happened, patients_at_risk_now, raiser_name, raiser_email, status, outcome, case_key)
                values ('SU-2019-73001', 'CONFIDENTIAL', timestamp '2019-05-02 09:00:00', 'Dr Edith Erasable', 'GP',
                    'Riverside', 'Edith left a patient waiting', false, 'Rhoda Raiserwick', 'rhoda@example.org',
                    'ACCEPTED', 'ACCEPTED', ?)""", key);
        jdbc.update("""
                insert into speak_up_message (report_id, from_team, written_by, written_at, text)
                select id, false, null, timestamp '2019-05-03 09:00:00', 'Rhoda again: it happened twice'
                from speak_up_report where reference = 'SU-2019-73001'""");
        requests.forApi("GMC", "7300001", "admin");
        assertThat(worker.produceDue()).as("a subject access export of the case, ready").isEqualTo(1);
        long export = jdbc.queryForObject("select max(e.id) from subject_access_export e join practitioner p "
                + "on p.id = e.practitioner_id where p.register_number = '7300001'", Long.class);

        TestClock.stopAt(TestClock.uk("2025-05-10T02:00"));
        assertThat(erasures.eraseDue(() -> true)).as("exactly six years on, still kept").isZero();
        TestClock.stopAt(TestClock.uk("2025-05-11T02:00"));
        assertThat(erasures.eraseDue(() -> true)).isEqualTo(1);

        // our tables: nothing names or describes the practitioner or the concern
        Map<String, Object> skeleton = jdbc.queryForMap("select * from concern where business_key = ?", key);
        assertThat(skeleton.get("SUMMARY")).isEqualTo("");
        assertThat(skeleton.get("RAISED_BY")).isEqualTo("erased");
        assertThat(skeleton.get("RECEIVED_ON").toString()).isEqualTo("2019-05-01");
        assertThat(skeleton.get("CLOSED_ON").toString()).isEqualTo("2019-05-01");
        assertThat(count("select count(*) from practitioner where register_number = ? or name like ?", "7300001", "%Edith%")).isZero();
        assertThat(count("select count(*) from practitioner_name_word where word = ?", "edith")).isZero();
        assertThat(count("select count(*) from subject_access_export where id = ?", export)).as("no copy of the record kept").isZero();
        assertThat(count("select count(*) from case_step s join concern c on c.id = s.concern_id where c.business_key = ?", key)).isZero();
        assertThat(count("select count(*) from speak_up_report where case_key = ? and (raiser_name is not null "
                + "or raiser_email is not null or about_name like ? or what_happened like ?)", key, "%Edith%", "%Edith%"))
                .as("who spoke up, and what they wrote").isZero();
        assertThat(count("select count(*) from speak_up_message where text like ?", "%Rhoda%")).isZero();
        assertThat(count("select count(*) from speak_up_report where case_key = ?", key)).as("the report's skeleton").isEqualTo(1);
        assertThat(count("select count(*) from lessons_review r join concern c on c.id = r.concern_id "
                + "where c.business_key = ? and (r.went_well like '%Edith%' or r.anonymised_text like '%7300001%')", key)).isZero();
        // the engine's runtime and history
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        for (String instance : instances) {
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
            assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(history.createUserOperationLogQuery().processInstanceId(instance).count()).isZero();
        }
        assertThat(count("select count(*) from act_hi_procinst where business_key_ = ?", key)).isZero();
        // the statistics' skeleton: the case, its risk band, its stage times and its lessons stay
        assertThat(skeleton.get("STAGE")).isEqualTo("CLOSED");
        assertThat(skeleton.get("RISK_BAND")).isEqualTo("LOW");
        assertThat(count("select count(*) from stage_visit v join concern c on c.id = v.concern_id where c.business_key = ?", key))
                .isEqualTo(stageVisits);
        assertThat(count("select count(*) from lessons_review r join concern c on c.id = r.concern_id where c.business_key = ?", key))
                .isEqualTo(1);
        // the audit log says which case, when and under which rule, and nothing about anyone
        Map<String, Object> audit = jdbc.queryForMap("select * from audit_event where business_key = ? and action = 'ERASED'", key);
        assertThat(audit.get("ACTOR")).isEqualTo("system");
        assertThat(audit.get("DETAIL").toString()).contains("6 years").doesNotContain("Edith").doesNotContain("7300001");
    }

    @Test
    void aCaseUnderALegalHoldIsNotErasedUntilTheHoldIsLifted() {
        String key = closedCase("Dr Hal Held", "7300002", TestClock.uk("2019-06-03T11:00"));
        holds.hold(key, "Employment tribunal claim pending", "admin");

        TestClock.stopAt(TestClock.uk("2025-08-01T02:00"));
        assertThat(schedule.nextDays("admin")).filteredOn(due -> due.businessKey().equals(key))
                .singleElement().satisfies(due -> assertThat(due.hold()).isPresent());
        erasures.eraseDue(() -> true);

        assertThat(count("select count(*) from concern where business_key = ? and erased_at is null", key)).isEqualTo(1);
        assertThat(count("select count(*) from practitioner where register_number = ?", "7300002")).isEqualTo(1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count()).isPositive();

        TestClock.stopAt(TestClock.uk("2025-08-04T09:30"));
        holds.lift(key, "admin");
        // the lifted hold is kept, with why the case was held and who lifted it, until the case goes
        Map<String, Object> lifted = jdbc.queryForMap("select * from legal_hold_lifted where business_key = ?", key);
        assertThat(lifted.get("REASON")).isEqualTo("Employment tribunal claim pending");
        assertThat(lifted.get("LIFTED_BY")).isEqualTo("admin");
        assertThat(count("select count(*) from legal_hold where business_key = ?", key)).isZero();
        erasures.eraseDue(() -> true);
        assertThat(count("select count(*) from concern where business_key = ? and erased_at is not null", key)).isEqualTo(1);
        assertThat(count("select count(*) from legal_hold_lifted where business_key = ?", key)).isZero();
    }

    @Test
    void aRunStoppedHalfwayGoesOnWithoutErasingAnythingTwice() {
        List<String> keys = List.of(closedCase("Dr Ada One", "7300011", TestClock.uk("2019-03-04T11:00")),
                closedCase("Dr Bo Two", "7300012", TestClock.uk("2019-03-05T11:00")),
                closedCase("Dr Cy Three", "7300013", TestClock.uk("2019-03-06T11:00")));
        TestClock.stopAt(TestClock.uk("2025-04-01T02:00"));
        AtomicInteger started = new AtomicInteger();

        int beforeTheStop = erasures.eraseDue(() -> started.incrementAndGet() <= 2);
        int afterTheRestart = erasures.eraseDue(() -> true);

        assertThat(beforeTheStop).isEqualTo(2);
        assertThat(afterTheRestart).isEqualTo(1);
        for (String key : keys) {
            assertThat(count("select count(*) from audit_event where business_key = ? and action = 'ERASED'", key))
                    .as("erased once: " + key).isEqualTo(1);
        }
        assertThat(erasures.eraseDue(() -> true)).isZero();
    }

    @Test
    void theSchedulePageShowsTheNextNinetyDaysToAdministrators() {
        String soon = closedCase("Dr Sue Soon", "7300021", TestClock.uk("2019-09-02T11:00"));
        String later = closedCase("Dr Len Later", "7300022", TestClock.uk("2020-03-02T11:00"));
        TestClock.stopAt(TestClock.uk("2025-08-01T09:00"));

        List<String> due = schedule.nextDays("admin").stream().map(RetentionSchedule.DueCase::businessKey).toList();

        assertThat(due).contains(soon).doesNotContain(later);
        assertThat(schedule.erasedOn(LocalDate.of(2019, 9, 2))).isEqualTo(LocalDate.of(2025, 9, 3));
    }

    @Test
    void administratorsHoldACaseFromThePageAndABlankReasonChangesNothing() throws Exception {
        String key = closedCase("Dr Pat Page", "7300031", TestClock.uk("2019-10-07T11:00"));
        TestClock.stopAt(TestClock.uk("2025-09-01T09:00"));
        var admin = user("admin").roles("camunda-admin");

        mvc.perform(get("/admin/retention").with(user("casemanager").roles("casemanager"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/retention").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString(key)))
                .andExpect(content().string(containsString("Emails are deleted 30 days after they were sent")))
                // the tests run with the nightly run off (lotus.retention.cron=-), and the page says so
                .andExpect(content().string(containsString("The nightly retention run is switched off")));
        mvc.perform(post("/admin/retention/hold").with(admin).with(csrf()).param("businessKey", " ").param("reason", "A claim"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the reference of the case")));
        mvc.perform(post("/admin/retention/hold").with(admin).with(csrf()).param("businessKey", key).param("reason", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Say why")));
        assertThat(holds.held(key)).isFalse();
        // found by the outside attack: a reason that reads backwards on the page (house rule: no hidden characters)
        mvc.perform(post("/admin/retention/hold").with(admin).with(csrf()).param("businessKey", key)
                .param("reason", "Claim \u202Edeppots"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("hidden characters")));
        assertThat(holds.held(key)).isFalse();

        mvc.perform(post("/admin/retention/hold").with(admin).with(csrf()).param("businessKey", key)
                .param("reason", "Subject access request in progress")).andExpect(redirectedUrl("/admin/retention"));

        assertThat(holds.held(key)).isTrue();
        assertThat(count("select count(*) from audit_event where business_key = ? and action = 'PLACED_LEGAL_HOLD' "
                + "and actor = 'admin' and detail is null", key)).isEqualTo(1);
    }

    private String closedCase(String name, String gmc, Instant closedAt) {
        TestClock.stopAt(closedAt);
        LocalDate day = TestClock.today();
        String key = driver.raise(new NewConcern(new PractitionerDetails(name, Profession.GP, Register.GMC, gmc),
                ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL), "A patient says " + name + " missed a referral.",
                day.minusDays(1)));
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(key);
        return key;
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
