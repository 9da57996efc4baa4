package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.triage.TriageAssessmentRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

/** Triage knows the practitioner's history: shown beside the form and pre-set in it, and still theirs to change. */
@PathwayTest
@SuppressWarnings("rawtypes")
class EarlierConcernsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernIntake intake;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    TriageAssessmentRepository triage;

    RegisterCases cases;
    String number;
    String name;
    String earlier;

    @BeforeEach
    void aPractitionerWithAClosedCase() {
        cases = new RegisterCases(driver, intake);
        number = RegisterCases.gmcNumber();
        name = "Dr History " + RegisterCases.uniqueWord();
        earlier = cases.raise(name, number);
        cases.close(earlier);
    }

    @Test
    void theTriagePageShowsEarlierConcernsAndTicksPreviousConcerns() throws Exception {
        String key = cases.raise(name, number);

        Document page = triagePage(key);

        assertThat(page.select("#earlier-concerns-title + ul").text()).contains(earlier, "Local resolution");
        assertThat(page.select("input[name=previousConcerns][checked]")).hasSize(1);
        assertThat(page.select("textarea[name=previousConcernsDetails]").text()).contains(earlier, "closed on",
                "Local resolution");
        assertThat(page.select("a[href^=/practitioners/]")).hasSize(1);

        // found by the crawl: the lead reads the task, not the register, and was sent to a page they cannot open
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        Document asLead = html(mvc.perform(get("/tasks/{id}", taskId).with(as("lead", "lead"))).andExpect(status().isOk())
                .andReturn());
        assertThat(asLead.select("#earlier-concerns-title + ul").text()).contains(earlier);
        assertThat(asLead.select("a[href^=/practitioners/]")).isEmpty();
    }

    @Test
    void aFirstConcernLeavesPreviousConcernsUnticked() throws Exception {
        String key = cases.raise("Dr First " + RegisterCases.uniqueWord(), RegisterCases.gmcNumber());

        Document page = triagePage(key);

        assertThat(page.select("#earlier-concerns-title ~ p").first().text()).contains("this is the first concern");
        assertThat(page.select("input[name=previousConcerns][checked]")).isEmpty();
    }

    @Test
    void throughTheApiALeftOutAnswerTakesThePresetAndTheDecisionReadsIt() {
        String key = cases.raise(name, number);

        ResponseEntity<Map> done = completeTriage(key, "");

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        // a risk score of 9 with previous concerns goes straight to an urgent panel (Rule_HighScoreWithHistory)
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).contains(RiskBand.HIGH);
        assertThat(triage.findFirstByConcernOrderByRecordedAtDescIdDesc(concerns.findByBusinessKey(key).orElseThrow())
                .orElseThrow().previousConcerns()).isTrue();
    }

    @Test
    void whatThePersonSubmitsIsWhatTheDecisionReads() {
        String key = cases.raise(name, number);

        completeTriage(key, ", \"previousConcerns\": false");

        // the same score without previous concerns: a moderate risk, investigated
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).contains(RiskBand.MODERATE);
    }

    private Document triagePage(String key) throws Exception {
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        return html(mvc.perform(get("/tasks/{id}", taskId).with(caseManager())).andExpect(status().isOk()).andReturn());
    }

    private ResponseEntity<Map> completeTriage(String key, String more) {
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        return rest.withBasicAuth("casemanager", "demo").postForEntity("/api/tasks/" + taskId, PractitionerRecordApiTests.json(
                "{\"likelihood\": 3, \"impact\": 3, \"insight\": \"PARTIAL\", \"triageNotes\": \"A second concern\"" + more + "}"),
                Map.class);
    }

    /** A practitioner with many earlier concerns gets a draft their triage form accepts. */
    @Test
    void manyEarlierConcernsAreCutToWhatTheFieldHoldsSayingHowManyMore() {
        java.util.List<PractitionerFile.CaseSummary> sixty = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> new PractitionerFile.CaseSummary("PSC-2025-%05d".formatted(i), org.lotuspathway.concern.Stage.CLOSED,
                        java.time.LocalDate.of(2025, 1, 3), java.time.LocalDate.of(2025, 1, 6), java.time.LocalDate.of(2025, 3, 3),
                        "Closed with no further action after a local review", false)).toList();

        String details = EarlierConcerns.within(EarlierConcerns.DETAILS_MAX_LENGTH, sixty);

        assertThat(details.length()).isLessThanOrEqualTo(EarlierConcerns.DETAILS_MAX_LENGTH);
        assertThat(details).startsWith("PSC-2025-00000, opened").contains("PSC-2025-00020")
                .doesNotContain("PSC-2025-00059").endsWith("earlier, on the practitioner's record.");
        int listed = details.split("\n").length - 1;
        assertThat(details).endsWith("And " + (60 - listed) + " earlier, on the practitioner's record.");
        assertThat(EarlierConcerns.within(EarlierConcerns.DETAILS_MAX_LENGTH, sixty.subList(0, 2)).split("\n"))
                .hasSize(2).allSatisfy(line -> assertThat(line).startsWith("PSC-2025-0000"));
    }
}
