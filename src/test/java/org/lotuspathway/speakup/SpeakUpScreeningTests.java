package org.lotuspathway.speakup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.speakup.SpeakUpFixtures.accept;
import static org.lotuspathway.speakup.SpeakUpFixtures.anonymous;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The team's screening of reports: the reports waiting on the task list, urgent ones first and
 * told to the Responsible Officer at once, and each way through screening (asking the raiser a
 * question, closing with a reason, accepting into the pathway) and the answers it refuses.
 */
@PathwayTest
class SpeakUpScreeningTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    SpeakUpReportRepository reports;

    SpeakUpFixtures speakUp;

    @BeforeEach
    void setUp() {
        speakUp = new SpeakUpFixtures(mvc);
    }

    @Test
    void theTaskListTellsCaseManagersHowManyReportsWaitToBeScreened() throws Exception {
        speakUp.raise(anonymous("A locum prescribed without checking allergies.", true));

        var notice = html(mvc.perform(get("/tasks").with(caseManager())).andReturn()).select(".lotus-waiting-elsewhere");
        assertThat(notice.text()).containsPattern("\\d+ reports? from (someone|people) who spoke up (is|are) waiting to be"
                + " screened, \\d+ saying patients are at risk now");
        assertThat(notice.select("a").attr("href")).isEqualTo("/speak-up/reports");
        assertThat(html(mvc.perform(get("/tasks").with(as("wellbeing", "wellbeing"))).andReturn())
                .select(".lotus-waiting-elsewhere")).isEmpty();
    }

    @Test
    void theTeamAsksTheAnonymousRaiserAQuestionAndTheirAnswerBringsScreeningBackThenAcceptingStartsThePathway()
            throws Exception {
        JsonNode raised = speakUp.raise(anonymous("A dentist's notes do not match the work done.", false));
        String reference = raised.get("reference").asText();
        String code = raised.get("accessCode").asText();
        driver.task(reference, ScreeningProcess.TASK_SCREEN);

        assertThat(speakUp.screen(reference, Map.of("decision", "ASK", "question", "Which weeks were the notes changed?"))
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(driver.openTasks(reference)).isEmpty();
        JsonNode asked = speakUp.status(code);
        assertThat(asked.get("status").asText()).isEqualTo("We have a question");
        assertThat(asked.get("messages").get(0).get("text").asText()).isEqualTo("Which weeks were the notes changed?");
        assertThat(asked.get("messages").get(0).get("from").asText()).isEqualTo("team");

        MvcResult answered = speakUp.answerWithCode(code, "The first two weeks of October.");
        assertThat(answered.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(answered).select("#answer-sent").text()).contains("We have your answer");
        driver.task(reference, ScreeningProcess.TASK_SCREEN);

        assertThat(speakUp.screen(reference, accept("7000001")).getResponse().getRedirectedUrl()).startsWith("/cases/PSC-");
        SpeakUpReport report = reports.findByReference(reference).orElseThrow();
        Concern concern = concerns.findByBusinessKey(report.caseKey().orElseThrow()).orElseThrow();
        assertThat(concern.source()).isEqualTo(ConcernSource.ANONYMOUS);
        assertThat(concern.summary()).contains("A dentist's notes", "Raised through speak up (anonymous, " + reference);
        driver.task(concern.businessKey(), ConcernPathway.TASK_TRIAGE_CONCERN);
        JsonNode after = speakUp.status(code);
        assertThat(after.get("status").asText()).isEqualTo("Being looked into");
        assertThat(after.toString()).doesNotContain(concern.businessKey(), "Ann Example");
    }

    @Test
    void closingWithAReasonTellsTheRaiserThatReason() throws Exception {
        JsonNode raised = speakUp.raise(anonymous("The waiting room was untidy.", false));
        String reference = raised.get("reference").asText();

        speakUp.screen(reference, Map.of("decision", "CLOSE", "reason", "We passed it to the practice's complaints team."));

        JsonNode status = speakUp.status(raised.get("accessCode").asText());
        assertThat(status.get("status").asText()).isEqualTo("Closed");
        assertThat(status.get("messages").get(0).get("text").asText()).isEqualTo("We passed it to the practice's complaints team.");
        assertThat(driver.openTasks(reference)).isEmpty();
        assertThat(reports.findByReference(reference).orElseThrow().outcome()).contains(ScreeningDecision.CLOSE);
    }

    @Test
    void aQuestionWithoutAnAnswerComesBackToScreeningAfterTwentyWorkingDays() throws Exception {
        String reference = speakUp.raise(anonymous("A colleague is often drunk at work.", false)).get("reference").asText();
        speakUp.screen(reference, Map.of("decision", "ASK", "question", "Which days?"));
        assertThat(driver.openTasks(reference)).isEmpty();

        driver.timePasses(Duration.ofDays(29));

        driver.task(reference, ScreeningProcess.TASK_SCREEN);
    }

    @Test
    void screeningAnswersThatDoNotFitAreRefusedAndTheTaskStaysOpen() throws Exception {
        String reference = speakUp.raise(anonymous("Something else.", false)).get("reference").asText();

        MvcResult noAreas = speakUp.screen(reference, Map.of("decision", "ACCEPT", "practitionerName", "Dr Ann Example",
                "profession", "GP", "register", "GMC", "registerNumber", "7000001", "source", "ANONYMOUS"));
        MvcResult noReason = speakUp.screen(reference, Map.of("decision", "CLOSE"));

        assertThat(noAreas.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(noAreas).select(".nhsuk-error-summary").text()).contains("concern area");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        driver.task(reference, ScreeningProcess.TASK_SCREEN);
        assertThat(reports.findByReference(reference).orElseThrow().status()).isEqualTo(ReportStatus.RECEIVED);
    }

    @Test
    void aReportThatPatientsAreAtRiskNowTellsTheResponsibleOfficerAtOnce() throws Exception {
        String urgent = speakUp.raise(anonymous("A GP is working while clearly unwell.", true)).get("reference").asText();
        String calm = speakUp.raise(anonymous("Reception is slow.", false)).get("reference").asText();

        assertThat(emailsAbout("speak-up-urgent:" + urgent)).contains("ro");
        assertThat(emailsAbout("speak-up-urgent:" + calm)).isEmpty();
        List<String> rows = html(mvc.perform(get("/speak-up/reports").with(as("ro", "ro"))).andReturn())
                .select("#reports tr").eachText();
        String urgentRow = rows.stream().filter(row -> row.contains(urgent)).findFirst().orElseThrow();
        String calmRow = rows.stream().filter(row -> row.contains(calm)).findFirst().orElseThrow();
        assertThat(urgentRow).contains("Patients at risk now");
        assertThat(calmRow).doesNotContain("Patients at risk now");
        // the urgent ones first
        assertThat(rows.indexOf(urgentRow)).isLessThan(rows.indexOf(calmRow));
    }

    private List<String> emailsAbout(String eventKeyPrefix) {
        return jdbc.queryForList("select recipient_user from notification where event_key like ?", String.class,
                eventKeyPrefix + ":%");
    }
}
