package org.lotuspathway.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.lotuspathway.security.Roles;
import org.lotuspathway.speakup.NewReport;
import org.lotuspathway.speakup.Screening;
import org.lotuspathway.speakup.SpeakUpIntake;
import org.lotuspathway.speakup.SpeakUpRoute;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * What an erasure must not leave behind beside the case's own tables: the emails about it, its
 * improvement actions' words, the practitioner's sign-in; and what retention reaches that never
 * was a case: speak-up reports closed at screening, and emails long sent. The retention tests'
 * database and settings (so their context).
 */
@PathwayTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:lotus-retention;DB_CLOSE_DELAY=-1",
        "lotus.retention.batch-size=2", "lotus.retention.audit-log-years=7"})
class ErasureLeavesNothingBehindTests {

    @Autowired
    PathwayDriver driver;
    @Autowired
    Erasures erasures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    IdentityService identity;
    @Autowired
    HistoryService history;
    @Autowired
    SpeakUpIntake speakUp;
    @Autowired
    Screening screening;
    @Autowired
    SubjectAccessRequests requests;
    @Autowired
    SubjectAccessExports exports;
    @Autowired
    ExportWorker worker;

    @Test
    void erasingACaseTakesItsEmailsTheWordsOfItsActionsAndThePractitionersSignIn() {
        String key = raisedAt("2019-07-01T10:00", "Dr Ivy Inbox", "7300041");
        // Dr Inbox signs in to the portal, so the letters are emailed to her
        staff.ensureUser(new StaffMember("ivy.inbox", "Ivy", "Inbox", "ivy.inbox@example.org"), "a long password", Roles.PRACTITIONER);
        jdbc.update("update practitioner set username = 'ivy.inbox' where register_number = '7300041'");
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(key, "Dr Inbox (GMC 7300041) to join the referrals audit");
        jdbc.update("""
                insert into notification (event_key, recipient_user, email, subject, body, status, attempts, created_at)
                values ('late-update:4711', 'ro', 'ro@example.org', ?, 'Please follow it up.', 'PENDING', 0, current_timestamp)""",
                "Practitioner update overdue (" + key + ")");
        // another case whose key starts with this one's (the hundred-thousandth of a year, say) keeps its email
        jdbc.update("""
                insert into notification (event_key, recipient_user, email, subject, body, status, attempts, created_at)
                values ('late-update:4712', 'ro', 'ro@example.org', ?, 'Please follow it up.', 'PENDING', 0, current_timestamp)""",
                "Practitioner update overdue (" + key + "1)");
        assertThat(count("select count(*) from notification where recipient_user = 'ivy.inbox'"))
                .as("the closing letter's email to her").isPositive();

        TestClock.stopAt(TestClock.uk("2025-07-03T02:00"));
        erasures.eraseDue(() -> true);

        assertThat(jdbc.queryForList("select subject from notification where recipient_user = 'ivy.inbox' or subject like ?",
                String.class, "%" + key + "%")).containsExactly("Practitioner update overdue (" + key + "1)");
        assertThat(jdbc.queryForList("""
                select a.description from improvement_action a join lessons_review r on r.id = a.review_id
                join concern c on c.id = r.concern_id where c.business_key = ?""", String.class, key))
                .singleElement().satisfies(words -> assertThat(words).contains("referrals audit")
                        .doesNotContain("Inbox").doesNotContain("7300041"));
        assertThat(identity.createUserQuery().userId("ivy.inbox").count()).as("her sign-in").isZero();
    }

    @Test
    void anActionThatScrubbingWouldMakeTooLongIsCutAndTheCaseIsErasedAllTheSame() {
        String key = raisedAt("2019-07-08T10:00", "Dr Li Ng", "7300044");
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        // found by review: "Li Ng" becomes "[the practitioner]", which no longer fitted the column, and the failure
        // stopped every erasure after it
        driver.reviewAndClose(key, "Li Ng to audit. ".repeat(240));

        TestClock.stopAt(TestClock.uk("2025-07-10T02:00"));
        erasures.eraseDue(() -> true);

        assertThat(count("select count(*) from concern where business_key = ? and erased_at is not null", key)).isEqualTo(1);
        assertThat(jdbc.queryForList("""
                select a.description from improvement_action a join lessons_review r on r.id = a.review_id
                join concern c on c.id = r.concern_id where c.business_key = ?""", String.class, key))
                .singleElement().satisfies(words -> assertThat(words).hasSizeLessThanOrEqualTo(4000)
                        .startsWith("[the practitioner] to audit.").doesNotContain("Ng"));
    }

    @Test
    void aPractitionerWhoIsAlsoStaffKeepsTheirStaffSignInWhenTheirRecordGoes() {
        String key = raisedAt("2019-08-01T10:00", "Dr Sam Staffer", "7300042");
        staff.ensureUser(new StaffMember("sam.staffer", "Sam", "Staffer", "sam@example.org"), "a long password", Roles.PANEL);
        identity.createMembership("sam.staffer", Roles.PRACTITIONER);
        jdbc.update("update practitioner set username = 'sam.staffer' where register_number = '7300042'");
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(key);

        TestClock.stopAt(TestClock.uk("2025-08-03T02:00"));
        erasures.eraseDue(() -> true);

        assertThat(staff.groupsOf("sam.staffer")).containsExactly(Roles.PANEL);
    }

    @Test
    void anExportBeingProducedWhenACaseInItIsErasedIsProducedAgainWithoutIt() throws Exception {
        String erased = raisedAt("2019-09-02T10:00", "Dr Eve Exported", "7300043");
        driver.triageAs(erased, 1, 2);
        driver.complete(erased, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(erased);
        TestClock.stopAt(TestClock.uk("2025-09-01T10:00"));
        String open = driver.raise(new NewConcern(new PractitionerDetails("Dr Eve Exported", Profession.GP, Register.GMC,
                "7300043"), ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL), "Another patient writes.",
                TestClock.today().minusDays(1)));
        requests.forApi("GMC", "7300043", "admin");
        long id = jdbc.queryForObject("select max(e.id) from subject_access_export e join practitioner p "
                + "on p.id = e.practitioner_id where p.register_number = '7300043'", Long.class);
        // a worker takes it and reads both cases; the night's erasure runs before it keeps the ZIP
        int attempt = exports.claim(id, TestClock.now(), TestClock.now().plusSeconds(600)).orElseThrow();
        TestClock.stopAt(TestClock.uk("2025-09-04T02:00"));
        erasures.eraseDue(() -> true);

        assertThat(exports.progress(id, attempt, 2, 3, TestClock.now().plusSeconds(600))).as("the worker is told to stop")
                .isFalse();
        assertThat(exports.ready(id, attempt, "a ZIP with the erased case in it".getBytes(), TestClock.now())).isFalse();
        assertThat(exports.find(id).orElseThrow().status()).isEqualTo(ExportStatus.QUEUED);
        assertThat(worker.produceDue()).isPositive();
        String record = new String(ExportZips.entries(exports.zip(id).orElseThrow()).get(ExportPackage.JSON),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(record).contains(open).doesNotContain(erased);
    }

    @Test
    void aSpeakUpReportClosedAtScreeningIsErasedSixYearsOnWhileOneWaitingIsKept() {
        TestClock.stopAt(TestClock.uk("2019-05-02T09:00"));
        String closed = raise("Rory Raiserton", "Dr Sid Screened left the surgery unlocked overnight");
        screening.screen(closed, Map.of("decision", "CLOSE", "reason", "We passed it to the practice manager."), "casemanager");
        String waiting = raise("Wendy Waitwell", "Dr Sid Screened shouted at a patient");
        assertThat(count("select count(*) from notification where event_key like ?", "speak-up:" + closed + ":%")).isPositive();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(closed).count()).isPositive();

        TestClock.stopAt(TestClock.uk("2025-05-02T02:00"));
        erasures.eraseDueSpeakUpReports(() -> true);
        assertThat(jdbc.queryForObject("select raiser_name from speak_up_report where reference = ?", String.class, closed))
                .as("six years on to the day, still kept").isEqualTo("Rory Raiserton");
        TestClock.stopAt(TestClock.uk("2025-05-03T02:00"));
        assertThat(erasures.eraseDueSpeakUpReports(() -> true)).isPositive();
        erasures.eraseDueSpeakUpReports(() -> true);

        Map<String, Object> report = jdbc.queryForMap("select * from speak_up_report where reference = ?", closed);
        assertThat(report.get("RAISER_NAME")).isNull();
        assertThat(report.get("RAISER_EMAIL")).isNull();
        assertThat(report.get("ABOUT_NAME")).isEqualTo("");
        assertThat(report.get("WHAT_HAPPENED")).isEqualTo("");
        assertThat(report.get("OUTCOME")).isEqualTo("CLOSE");
        assertThat(report.get("SCREENED_BY")).as("who screened it stays").isEqualTo("casemanager");
        assertThat(report.get("ERASED_AT")).isNotNull();
        assertThat(count("select count(*) from speak_up_message m join speak_up_report r on r.id = m.report_id "
                + "where r.reference = ?", closed)).isZero();
        assertThat(count("select count(*) from notification where event_key like ?", "speak-up:" + closed + ":%")).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(closed).count()).isZero();
        assertThat(count("select count(*) from audit_event where business_key = ? and action = 'ERASED_SPEAK_UP_REPORT'",
                closed)).as("erased once").isEqualTo(1);

        assertThat(jdbc.queryForObject("select raiser_name from speak_up_report where reference = ?", String.class, waiting))
                .isEqualTo("Wendy Waitwell");
    }

    @Test
    void emailsAreDeletedThirtyDaysAfterTheyWereSentOrGivenUpOnAndWaitingOnesAreKept() {
        Instant longAgo = TestClock.uk("2024-01-10T09:00");
        insertEmail("sent-old", "SENT", longAgo, longAgo);
        insertEmail("failed-old", "FAILED", longAgo, null);
        insertEmail("pending-old", "PENDING", longAgo, null);
        insertEmail("undeliverable-old", "UNDELIVERABLE", longAgo, null);
        insertEmail("sent-recent", "SENT", longAgo, TestClock.uk("2024-02-05T09:00"));

        TestClock.stopAt(TestClock.uk("2024-02-20T02:00"));
        erasures.nightly();

        assertThat(jdbc.queryForList("select event_key from notification where event_key like 'retention-test:%' order by event_key",
                String.class)).containsExactly("retention-test:pending-old", "retention-test:sent-recent");
    }

    /** A concern about a GP, raised at {@code ukTime} (the clocks stay there). */
    private String raisedAt(String ukTime, String name, String gmc) {
        TestClock.stopAt(TestClock.uk(ukTime));
        return driver.raise(new NewConcern(new PractitionerDetails(name, Profession.GP, Register.GMC, gmc),
                ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL), "A patient says a referral was missed.",
                TestClock.today().minusDays(1)));
    }

    private String raise(String raiser, String whatHappened) {
        return speakUp.raise(new NewReport(SpeakUpRoute.CONFIDENTIAL, new NewReport.About("Dr Sid Screened", Profession.GP,
                "Hillside Surgery", Register.GMC, "7300051"), whatHappened, null, false,
                new NewReport.Raiser(raiser, raiser.toLowerCase().replace(' ', '.') + "@example.org", "01632 960124",
                        "Receptionist"))).reference();
    }

    private void insertEmail(String name, String status, Instant created, Instant sent) {
        jdbc.update("""
                insert into notification (event_key, recipient_user, email, subject, body, status, attempts, created_at, sent_at)
                values (?, 'casemanager', 'cm@example.org', 'Hello', 'Hello', ?, 1, ?, ?)""", "retention-test:" + name, status,
                java.sql.Timestamp.from(created), sent == null ? null : java.sql.Timestamp.from(sent));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
