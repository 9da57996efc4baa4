package org.lotuspathway.speakup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.speakup.SpeakUpFixtures.anonymous;
import static org.lotuspathway.speakup.SpeakUpFixtures.from;
import static org.lotuspathway.speakup.SpeakUpFixtures.named;
import static org.lotuspathway.speakup.SpeakUpFixtures.newClient;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public door to speaking up: the access code and what it reads, the limits on one client,
 * reports and answers refused for what they carry, and the public pages' forms (no session, the
 * CSRF token, the hidden field that catches bots, what a refused form keeps).
 */
@PathwayTest
class SpeakUpReportDoorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
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
    void aFormPutRightAfterMistakesIsReceivedAndItsProblemsAreListedInTheOrderOfTheQuestions() throws Exception {
        String client = newClient();
        for (int i = 0; i < 6; i++) {
            MvcResult wrong = mvc.perform(speakUp.publicForm("/speak-up/raise").param("route", "ANONYMOUS")
                    .with(from(client))).andReturn();
            assertThat(wrong.getResponse().getStatus()).as("found by the crawl: six mistakes locked them out for an hour")
                    .isEqualTo(400);
            var summary = html(wrong).select(".nhsuk-error-summary");
            assertThat(summary.attr("data-module")).as("focus moves to it").isEqualTo("nhsuk-error-summary");
            assertThat(summary.select("a").eachAttr("href")).containsExactly("#field-about.name", "#field-about.profession",
                    "#field-about.workplace", "#field-whatHappened", "#field-patientsAtRiskNow");
        }
        MvcResult right = mvc.perform(speakUp.publicForm("/speak-up/raise").param("route", "ANONYMOUS")
                .param("about.name", "Dr Ann Example").param("about.profession", "GP").param("about.workplace", "Riverside")
                .param("whatHappened", "A patient was turned away.").param("patientsAtRiskNow", "no")
                // typed as the hint shows it, by a browser without a date picker
                .param("happenedOn", "02/01/2020").with(from(client)))
                .andReturn();
        assertThat(right.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(right).select("h1").text()).doesNotContain("problem");

        String viaTheApi = newClient();
        for (int i = 0; i < 6; i++) {
            assertThat(speakUp.post(Map.of("route", "ANONYMOUS", "whatHappened", "No one named"), viaTheApi)
                    .getResponse().getStatus()).isEqualTo(400);
        }
        assertThat(speakUp.post(anonymous("Put right", false), viaTheApi).getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void aDayBeyondTheYearsAndWordsOfNothingButSpacesAreRefused() throws Exception {
        // found by an outside attack: both were kept, one shown as "15 March +169087565", one as nothing
        Map<String, Object> farAway = anonymous("A patient was turned away.", false);
        farAway.put("happenedOn", "-999999999-01-01");
        Map<String, Object> onlySpaces = anonymous("\u00a0\u00a0\u2003", false);
        long before = reports.count();

        var first = speakUp.post(farAway, newClient()).getResponse();
        var second = speakUp.post(onlySpaces, newClient()).getResponse();

        assertThat(first.getStatus()).isEqualTo(400);
        assertThat(first.getContentAsString()).contains(org.lotuspathway.common.Years.ASK);
        assertThat(second.getStatus()).isEqualTo(400);
        assertThat(second.getContentAsString()).contains("Tell us what happened");
        assertThat(reports.count()).isEqualTo(before);
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

        // found by an outside attack: someone whose form's token had expired was told their role did not allow it
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        var expired = http.postForEntity("/speak-up/raise", new org.springframework.http.HttpEntity<>(
                "route=ANONYMOUS&whatHappened=It+happened+again", headers), String.class);
        assertThat(expired.getStatusCode().value()).isEqualTo(403);
        assertThat(expired.getBody()).contains("That was not sent", "Back button").doesNotContain("Your role");
    }

    @Test
    void aBotThatFillsTheHiddenFieldIsThankedAndNothingIsKept() throws Exception {
        Document form = html(mvc.perform(get("/speak-up/raise")).andReturn());
        assertThat(form.select("input[name=" + SpeakUpController.HONEYPOT + "]").attr("autocomplete"))
                .as("the form's hidden field is the one refused, and no browser offers to fill it").isEqualTo("off");
        long before = reports.count();
        MvcResult result = mvc.perform(speakUp.publicForm("/speak-up/raise").with(from(newClient()))
                .param("route", "ANONYMOUS").param("about.name", "Dr Spam").param("about.profession", "GP")
                .param("about.workplace", "Spamville").param("whatHappened", "Buy now").param("patientsAtRiskNow", "no")
                .param(SpeakUpController.HONEYPOT, "bot")).andReturn();

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
}
