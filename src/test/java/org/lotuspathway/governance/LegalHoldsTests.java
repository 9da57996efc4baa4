package org.lotuspathway.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.InvalidSubmission;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Legal holds on what retention erases: a speak-up report closed at screening (a whistleblowing
 * claim is the likeliest reason to keep one) as well as a case, and every hold listed where it can
 * be lifted, however far off its erasure. The retention tests' database and settings (so their context).
 */
@PathwayTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:lotus-retention;DB_CLOSE_DELAY=-1",
        "lotus.retention.batch-size=2", "lotus.retention.audit-log-years=7"})
class LegalHoldsTests {

    @Autowired
    LegalHolds holds;
    @Autowired
    Erasures erasures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SpeakUpIntake speakUp;
    @Autowired
    Screening screening;
    @Autowired
    PathwayDriver driver;
    @Autowired
    MockMvc mvc;


    @Test
    void aSpeakUpReportUnderALegalHoldIsNotErasedUntilTheHoldIsLifted() {
        TestClock.stopAt(TestClock.uk("2019-04-01T09:00"));
        String report = closedReport("Harriet Heldfast");
        holds.hold(report, "Whistleblowing claim at the employment tribunal", "admin");

        TestClock.stopAt(TestClock.uk("2025-04-03T02:00"));
        erasures.eraseDueSpeakUpReports(() -> true);
        assertThat(raiserOf(report)).as("held past its six years").isEqualTo("Harriet Heldfast");

        holds.lift(report, "admin");
        erasures.eraseDueSpeakUpReports(() -> true);
        assertThat(raiserOf(report)).as("erased once the hold is lifted").isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where business_key = ? and action in "
                + "('PLACED_LEGAL_HOLD', 'LIFTED_LEGAL_HOLD', 'ERASED_SPEAK_UP_REPORT')", Long.class, report)).isEqualTo(3);
    }

    @Test
    void everyHoldIsListedWithItsLiftButtonHoweverFarOffItsErasure() throws Exception {
        TestClock.stopAt(TestClock.uk("2026-03-02T10:00"));
        String report = closedReport("Lionel Listed");
        String key = driver.raise(new NewConcern(new PractitionerDetails("Dr Fay Faroff", Profession.GP, Register.GMC,
                "7300061"), ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL), "A patient says a referral was missed.",
                TestClock.today().minusDays(1)));
        var admin = user("admin").roles("camunda-admin");
        mvc.perform(post("/admin/retention/hold").with(admin).with(csrf()).param("businessKey", report.toLowerCase())
                .param("reason", "Disclosure for a tribunal")).andExpect(flash().attribute("message",
                        report + " is held: it will not be erased until the hold is lifted."));
        holds.hold(key, "A claim against the practice", "admin");

        Document page = html(mvc.perform(get("/admin/retention").with(admin)).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#hold-" + report).text()).contains("Disclosure for a tribunal", "2 March 2026 by Ada Admin");
        assertThat(page.select("#hold-" + report + " form[action=/admin/retention/lift] input[name=businessKey]").val())
                .isEqualTo(report);
        assertThat(page.select("#hold-" + key).text()).as("an open case, years from erasure, is listed too")
                .contains("A claim against the practice");
        mvc.perform(post("/admin/retention/lift").with(admin).with(csrf()).param("businessKey", report))
                .andExpect(flash().attribute("message", "The hold on " + report + " is lifted."));
        assertThat(holds.held(report)).isFalse();
    }

    @Test
    void aHoldMustNameACaseOrReportThatIsStillThere() {
        TestClock.stopAt(TestClock.uk("2019-02-01T09:00"));
        String report = closedReport("Ernest Erased");
        TestClock.stopAt(TestClock.uk("2025-02-03T02:00"));
        erasures.eraseDueSpeakUpReports(() -> true);

        assertThatThrownBy(() -> holds.hold(report, "Too late", "admin")).isInstanceOf(InvalidSubmission.class)
                .satisfies(e -> assertThat(((InvalidSubmission) e).errors()).containsEntry("businessKey",
                        "The speak-up report " + report + " has already been erased"));
        assertThatThrownBy(() -> holds.hold("SU-1999-99999", "Never was", "admin")).isInstanceOf(InvalidSubmission.class)
                .satisfies(e -> assertThat(((InvalidSubmission) e).errors()).containsEntry("businessKey",
                        "There is no case or speak-up report SU-1999-99999"));
        assertThat(holds.holds()).extracting(LegalHold::businessKey).doesNotContain(report, "SU-1999-99999");
    }

    /** Found by the outside attack: what was typed comes back with every problem, and nothing is held. */
    @Test
    void aRefusedHoldComesBackWithWhatWasTypedAndEveryProblem() throws Exception {
        TestClock.stopAt(TestClock.uk("2026-03-09T10:00"));
        String report = closedReport("Tabitha Typed");
        var admin = user("admin").roles("camunda-admin");

        Document blankReason = html(mvc.perform(post("/admin/retention/hold").with(admin).with(csrf())
                .param("businessKey", report).param("reason", "\u00a0\u200b ")).andExpect(status().isBadRequest()).andReturn());
        assertThat(blankReason.select(".nhsuk-error-summary li a").eachAttr("href")).containsExactly("#reason");
        assertThat(blankReason.select("#businessKey").val()).isEqualTo(report);
        assertThat(blankReason.title()).startsWith("Error: ");

        Document both = html(mvc.perform(post("/admin/retention/hold").with(admin).with(csrf())
                .param("businessKey", report + "\u200b").param("reason", "")).andExpect(status().isBadRequest()).andReturn());
        assertThat(both.select(".nhsuk-error-summary li").eachText()).containsExactly(
                "A reference is letters, digits and dashes, like PSC-2026-00001",
                "Say why it must be kept, in at most 2000 characters");
        assertThat(holds.held(report)).isFalse();

        String huge = "SU-" + "9".repeat(100_000);
        mvc.perform(post("/admin/retention/lift").with(admin).with(csrf()).param("businessKey", huge))
                .andExpect(flash().attribute("problem", "There is no case or speak-up report with a reference that long"));
        mvc.perform(post("/admin/retention/lift").with(admin).with(csrf()).param("businessKey", " "))
                .andExpect(flash().attribute("problem",
                        "Enter the reference of the case or speak-up report whose hold to lift"));
    }

    /**
     * A report that became a case goes with its case, unless it is held itself: then the night after its
     * hold is lifted; why it was held goes with it.
     */
    @Test
    void aHeldReportOutlivesItsCaseAndTheLiftedHoldsReasonGoesWithTheReport() throws Exception {
        TestClock.stopAt(TestClock.uk("2026-03-16T10:00"));
        String report = speakUp.raise(new NewReport(SpeakUpRoute.CONFIDENTIAL, new NewReport.About("Dr Ava Accepted",
                Profession.GP, "Hillside Surgery", Register.GMC, "7300071"), "Notes were changed after the event.",
                null, false, new NewReport.Raiser("Oscar Outlives", "oscar@example.org", "01632 960125", "Nurse")))
                .reference();
        screening.screen(report, Map.of("decision", "ACCEPT", "practitionerName", "Dr Ava Accepted", "profession", "GP",
                "register", "GMC", "registerNumber", "7300071", "source", "CLINICAL_COLLEAGUE", "concernAreas",
                java.util.List.of("PROBITY")), "casemanager");
        String key = jdbc.queryForObject("select case_key from speak_up_report where reference = ?", String.class, report);

        mvc.perform(post("/admin/retention/hold").with(user("admin").roles("camunda-admin")).with(csrf())
                .param("businessKey", report).param("reason", "Raiser's tribunal claim"))
                .andExpect(flash().attribute("message", report + " is held: it will not be erased until the hold is lifted."
                        + " It became the case " + key + ", which a hold of its own would keep."));
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(key);
        TestClock.stopAt(TestClock.uk("2032-03-18T02:00"));
        erasures.eraseDue(() -> true);
        assertThat(jdbc.queryForObject("select count(*) from concern where business_key = ? and erased_at is not null",
                Long.class, key)).as("the case goes").isEqualTo(1);
        assertThat(raiserOf(report)).as("held itself, the report outlives its case").isEqualTo("Oscar Outlives");

        holds.lift(report, "admin");
        erasures.eraseDueSpeakUpReports(() -> true);
        assertThat(raiserOf(report)).as("the next night after its hold is lifted").isNull();
        assertThat(jdbc.queryForObject("select count(*) from legal_hold_lifted where business_key = ?", Long.class, report))
                .as("why it was held may name people").isZero();
    }

    /** A confidential report about a GP, screened and closed the same day. */
    private String closedReport(String raiser) {
        String reference = speakUp.raise(new NewReport(SpeakUpRoute.CONFIDENTIAL, new NewReport.About("Dr Sid Screened",
                Profession.GP, "Hillside Surgery", Register.GMC, "7300051"), "The surgery was left unlocked overnight.",
                null, false, new NewReport.Raiser(raiser, "raiser@example.org", "01632 960124", "Receptionist")))
                .reference();
        screening.screen(reference, Map.of("decision", "CLOSE", "reason", "We passed it to the practice manager."),
                "casemanager");
        return reference;
    }

    private String raiserOf(String reference) {
        return jdbc.queryForObject("select raiser_name from speak_up_report where reference = ?", String.class, reference);
    }
}
