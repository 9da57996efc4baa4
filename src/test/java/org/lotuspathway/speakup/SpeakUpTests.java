package org.lotuspathway.speakup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.speakup.SpeakUpFixtures.accept;
import static org.lotuspathway.speakup.SpeakUpFixtures.anonymous;
import static org.lotuspathway.speakup.SpeakUpFixtures.from;
import static org.lotuspathway.speakup.SpeakUpFixtures.named;
import static org.lotuspathway.speakup.SpeakUpFixtures.newClient;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.common.Sha256;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Speaking up from the outside, through to screening: what each route keeps, where a raiser's
 * identity may and may not appear, the access code, the limits, and each way through screening.
 */
@PathwayTest
class SpeakUpTests {

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
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;

    SpeakUpFixtures speakUp;

    @BeforeEach
    void setUp() {
        speakUp = new SpeakUpFixtures(mvc);
    }

    @Test
    void anAnonymousReportKeepsNoNameEmailAddressOrBrowserAnywhereAndOnlyTheCodesHash() throws Exception {
        String address = "203.0.113.77";
        MvcResult result = mvc.perform(post("/api/speak-up").contentType(MediaType.APPLICATION_JSON)
                .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        anonymous("Notes at the practice were changed after the visits.", false)))
                .header("User-Agent", "QuietBrowser/9.9 (speak-up test)").header("X-Forwarded-For", "192.0.2.99")
                .with(from(address))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.getResponse().getContentAsString());
        String code = body.get("accessCode").asText();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

        SpeakUpReport report = reports.findByReference(body.get("reference").asText()).orElseThrow();
        assertThat(report.raiserName()).isEmpty();
        assertThat(report.raiserEmail()).isEmpty();
        assertThat(report.raiserPhone()).isEmpty();
        assertThat(report.raiserRole()).isEmpty();
        assertThat(report.accessCodeHash()).isEqualTo(Sha256.hex(code.replace("-", "")));
        for (String identifying : List.of(address, "192.0.2.99", "QuietBrowser", code, code.replace("-", ""))) {
            assertThat(tablesContaining(identifying)).as(identifying).isEmpty();
        }
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
    void aReportGivingAFieldTwiceIsRefusedAndNothingIsKept() throws Exception {
        long before = reports.count();
        MvcResult result = mvc.perform(post("/api/speak-up").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"route": "ANONYMOUS", "route": "OPEN", "about": {"name": "Dr Ann Example", "profession": "GP",
                         "workplace": "Riverside"}, "whatHappened": "A rushed handover.", "patientsAtRiskNow": false}""")
                .with(from(newClient()))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("gives a field more than once");
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void aConfidentialRaiserIsSeenOnlyByThoseWhoScreenNeverOnTheCaseThePortalTheExportOrTheAuditLog() throws Exception {
        String reference = speakUp.raise(named("CONFIDENTIAL", "Zelda Brackenmoor", "zelda.brackenmoor@example.org",
                "The GP shouts at patients on the phone.")).get("reference").asText();
        assertThat(html(mvc.perform(get("/speak-up/reports/{ref}", reference).with(caseManager())).andReturn())
                .select("#raiser").text()).contains("Zelda Brackenmoor", "zelda.brackenmoor@example.org");
        // the Responsible Officer reads reports, but only those who screen know a confidential raiser
        assertThat(html(mvc.perform(get("/speak-up/reports/{ref}", reference).with(as("ro", "ro"))).andReturn())
                .select("#raiser").text()).contains("A confidential raiser").doesNotContain("Zelda", "Brackenmoor");

        Map<String, String> accepting = new java.util.HashMap<>(accept("7000001"));
        accepting.put("source", "CLINICAL_COLLEAGUE");
        assertThat(speakUp.screen(reference, accepting).getResponse().getStatus()).isEqualTo(302);
        String key = reports.findByReference(reference).orElseThrow().caseKey().orElseThrow();

        String casePage = mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("A confidential raiser").doesNotContain("Zelda", "Brackenmoor");
        String portal = mvc.perform(get("/portal/cases/{key}", key).with(practitioner())).andReturn().getResponse()
                .getContentAsString();
        assertThat(portal).doesNotContain("Zelda", "Brackenmoor", "Practice nurse");
        String csv = mvc.perform(get("/cases.csv").with(as("casemanager", "casemanager"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv).contains(key).doesNotContain("Zelda", "Brackenmoor");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where lower(coalesce(detail, '') || actor) "
                + "like '%brackenmoor%'", Long.class)).isZero();
        // Kept on the report, and with the acknowledgement waiting to be sent to them; nowhere else.
        assertThat(tablesContaining("Brackenmoor")).containsOnly("SPEAK_UP_REPORT");
        assertThat(tablesContaining("zelda.brackenmoor")).containsOnly("SPEAK_UP_REPORT", "NOTIFICATION");
        assertThat(mvc.perform(get("/admin/outbox").with(as("admin", "camunda-admin"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("brackenmoor");
    }

    @Test
    void anOpenRaiserIsNamedOnTheCasePage() throws Exception {
        String reference = speakUp.raise(named("OPEN", "Olly Openshaw", "olly.openshaw@example.org",
                "Records were not kept after home visits.")).get("reference").asText();
        speakUp.screen(reference, accept("7000001"));
        String key = reports.findByReference(reference).orElseThrow().caseKey().orElseThrow();

        assertThat(html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn()).select("#speak-up-raiser")
                .text()).contains("Olly Openshaw", "olly.openshaw@example.org", "Practice nurse");
    }

    @Test
    void anAccessCodeReadsItsOwnReportAndAnyOtherCodeIsNotFound() throws Exception {
        JsonNode first = speakUp.raise(anonymous("A locum prescribes strong painkillers far more than others.", false));
        JsonNode second = speakUp.raise(anonymous("A handover left out a due blood test.", false));

        assertThat(speakUp.status(first.get("accessCode").asText()).get("reference").asText())
                .isEqualTo(first.get("reference").asText());
        assertThat(speakUp.status(second.get("accessCode").asText().toLowerCase().replace("-", " ")).get("reference")
                .asText()).isEqualTo(second.get("reference").asText());
        for (String wrong : List.of("AAAA-AAAA-AAAA-AAAA-AAAA", "nonsense", "x".repeat(5000),
                first.get("accessCode").asText().substring(0, 20) + "0", first.get("reference").asText())) {
            MvcResult answer = speakUp.status(wrong, newClient());
            assertThat(answer.getResponse().getStatus()).as(wrong).isEqualTo(404);
            assertThat(answer.getResponse().getContentAsString()).doesNotContain("SU-");
        }
    }

    @Test
    void burstsFromOneClientAreRefusedWith429AndAPlainMessage() throws Exception {
        String client = newClient();
        for (int i = 0; i < 5; i++) {
            assertThat(speakUp.post(anonymous("Report " + i, false), client).getResponse().getStatus()).isEqualTo(201);
        }
        long before = reports.count();
        MvcResult sixth = speakUp.post(anonymous("One more", false), client);
        assertThat(sixth.getResponse().getStatus()).isEqualTo(429);
        assertThat(sixth.getResponse().getContentAsString()).contains("wait an hour");
        assertThat(reports.count()).isEqualTo(before);
        MvcResult page = mvc.perform(speakUp.publicForm("/speak-up/raise").param("route", "ANONYMOUS").with(from(client)))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(429);
        assertThat(html(page).select("#too-many").text()).contains("wait an hour");

        String guesser = newClient();
        for (int i = 0; i < 20; i++) {
            assertThat(speakUp.status("AAAA-AAAA-AAAA-AAAA-AAA" + (i % 10), guesser).getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(speakUp.status("AAAA-AAAA-AAAA-AAAA-AAAA", guesser).getResponse().getStatus()).isEqualTo(429);

        driver.timePasses(Duration.ofMinutes(61));
        assertThat(speakUp.post(anonymous("An hour later", false), client).getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void badReportsAreRefusedWithTheFieldAndNothingIsKept() throws Exception {
        long before = reports.count();
        Map<String, Object> openWithoutRaiser = anonymous("Something happened.", false);
        openWithoutRaiser.put("route", "OPEN");
        Map<String, Object> anonymousWithName = named("ANONYMOUS", "Ann Onymous", "ann@example.org", "Something.");
        Map<String, Object> tooLong = anonymous("x".repeat(8001), false);
        Map<String, Object> badRoute = anonymous("Something.", false);
        badRoute.put("route", "SECRET");
        Map<String, Object> badNumber = anonymous("Something.", false);
        badNumber.put("about", Map.of("name", "Dr Ann Example", "profession", "GP", "workplace", "Riverside",
                "register", "GMC", "registerNumber", "12"));

        assertRefused(openWithoutRaiser, "raiser.name");
        assertRefused(anonymousWithName, "raiser");
        assertRefused(tooLong, "whatHappened");
        assertRefused(badRoute, "route");
        assertRefused(badNumber, "about.registerNumber");
        assertThat(reports.count()).isEqualTo(before);
    }

    /** From the outside attack: a report with them could never be accepted, as the concern's summary refuses them. */
    @Test
    void hiddenCharactersAreRefusedInWhatHappenedAndInAnAnswer() throws Exception {
        long before = reports.count();
        assertRefused(anonymous("Notes changed \u202etxt.exe", false), "whatHappened");
        assertRefused(anonymous("Notes changed\u0007", false), "whatHappened");
        assertThat(reports.count()).isEqualTo(before);

        JsonNode raised = speakUp.raise(anonymous("A locum's prescribing is not checked.", false));
        String reference = raised.get("reference").asText();
        String code = raised.get("accessCode").asText();
        speakUp.screen(reference, Map.of("decision", "ASK", "question", "Which days?"));
        MvcResult answered = speakUp.answerWithCode(code, "Tuesdays \u202egnp.exe");
        assertThat(answered.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(answered).text()).contains("hidden characters");
        assertThat(speakUp.status(code).get("messages")).hasSize(1);
        assertThat(speakUp.status(code).get("status").asText()).isEqualTo("We have a question");
    }

    private void assertRefused(Map<String, Object> report, String field) throws Exception {
        MvcResult result = speakUp.post(report, newClient());
        assertThat(result.getResponse().getStatus()).as(field).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).as(field).contains("\"" + field + "\"");
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

    @Test
    void anOpenRaiserWithAnEmailIsToldWeHaveTheirReport() throws Exception {
        String reference = speakUp.raise(named("OPEN", "Ed Emailer", "ed.emailer@example.org", "Rushed handovers."))
                .get("reference").asText();

        assertThat(jdbc.queryForList("select email from notification where event_key = ?", String.class,
                "speak-up:" + reference + ":received")).containsExactly("ed.emailer@example.org");
    }

    @Test
    void thePublicPagesSetNoSessionAndTheirFormsNeedTheCsrfToken() throws Exception {
        for (String page : List.of("/speak-up", "/speak-up/raise", "/speak-up/follow-up")) {
            var answer = http.getForEntity(page, String.class);
            assertThat(answer.getStatusCode().value()).as(page).isEqualTo(200);
            assertThat(String.join(";", answer.getHeaders().getOrEmpty("Set-Cookie"))).as(page).doesNotContain("JSESSIONID");
        }
        var form = http.getForEntity("/speak-up/raise", String.class);
        assertThat(org.jsoup.Jsoup.parse(form.getBody()).select("input[name=_csrf]")).isNotEmpty();
        assertThat(String.join(";", form.getHeaders().getOrEmpty("Set-Cookie"))).contains("LOTUS-SPEAK-UP-CSRF", "HttpOnly");

        long before = reports.count();
        assertThat(mvc.perform(post("/speak-up/raise").param("route", "ANONYMOUS").with(from(newClient()))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void aBotThatFillsTheHiddenFieldIsThankedAndNothingIsKept() throws Exception {
        long before = reports.count();
        MvcResult result = mvc.perform(speakUp.publicForm("/speak-up/raise").with(from(newClient()))
                .param("route", "ANONYMOUS").param("about.name", "Dr Spam").param("about.profession", "GP")
                .param("about.workplace", "Spamville").param("whatHappened", "Buy now").param("patientsAtRiskNow", "no")
                .param("nickname", "bot")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(result).select("h1").text()).isEqualTo("We have your report");
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void theWebFormKeepsWhatWasTypedAndSaysWhatIsMissing() throws Exception {
        MvcResult result = mvc.perform(speakUp.publicForm("/speak-up/raise").with(from(newClient()))
                .param("route", "OPEN").param("about.name", "Dr <b>Bold</b>").param("whatHappened", "<script>x</script>"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        var page = html(result);
        assertThat(page.select(".nhsuk-error-summary").text()).contains("Enter your name", "Enter where the person works");
        assertThat(page.select("#field-about\\.name").val()).isEqualTo("Dr <b>Bold</b>");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("<script>x</script>", "<b>Bold</b>");
    }

    private List<String> emailsAbout(String eventKeyPrefix) {
        return jdbc.queryForList("select recipient_user from notification where event_key like ?", String.class,
                eventKeyPrefix + ":%");
    }

    /** Every table with a text column holding the text (upper-case table names). */
    private List<String> tablesContaining(String text) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                 where table_schema = 'PUBLIC' and data_type in ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT')""");
        return columns.stream().filter(column -> jdbc.queryForObject("select count(*) from \"" + column.get("TABLE_NAME")
                        + "\" where cast(\"" + column.get("COLUMN_NAME") + "\" as varchar) like ?", Long.class,
                        "%" + text + "%") > 0)
                .map(column -> String.valueOf(column.get("TABLE_NAME"))).distinct().toList();
    }
}
