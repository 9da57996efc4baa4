package org.lotuspathway.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.UkTime;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every insight chart against numbers worked out by hand from a small fixture. The fixture's cases
 * are raised in 2031 (the engine clock moved there), so counting only cases raised in 2031 keeps
 * them apart from every other test's cases in the shared database.
 *
 * <pre>
 * A low:      raised 6 Jan, triaged +2d, local resolution +10d, reviewed +4d (Induction, Workload), closed +1d
 * B low:      raised 3 Feb, triaged +4d, local resolution +20d; waits for its review
 * C moderate: raised 10 Feb, triaged +1d, investigated +30d, panel +7d (further investigation),
 *             check-in and update the next day (on time); back to investigation
 * D high:     raised 3 Mar, triaged +3d, interim action +1d, panel +2d (refer to the regulator) on 9 Mar;
 *             on 20 Mar its timers fire (check-in missed, update late, regular check-in), the missed
 *             check-in is done and the update sent (late); waits for the referral
 * E:          raised 7 Apr; waits for triage
 * </pre>
 */
@PathwayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsTests {

    static final Period FIXTURE = new Period(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 6, 30));
    static final String PERIOD = "from=2031-01-01&to=2031-06-30";

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    List<InsightChart> charts;

    @BeforeAll
    void raiseTheFixture() {
        UkTime.at(2031, 1, 6, 10);
        String a = raise("Dr Alice Insight", "7310001");
        UkTime.at(2031, 1, 8, 10);
        driver.triageAs(a, 1, 2);
        UkTime.at(2031, 1, 18, 10);
        driver.complete(a, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        UkTime.at(2031, 1, 22, 10);
        driver.complete(a, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager",
                Map.of("learningThemes", List.of("INDUCTION", "WORKLOAD")));
        UkTime.at(2031, 1, 23, 10);
        driver.complete(a, ConcernPathway.TASK_CLOSE_CASE, "close-case", "casemanager", Map.of());

        UkTime.at(2031, 2, 3, 10);
        String b = raise("Dr Bea Insight", "7310002");
        UkTime.at(2031, 2, 7, 10);
        driver.triageAs(b, 1, 2);
        UkTime.at(2031, 2, 27, 10);
        driver.complete(b, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());

        UkTime.at(2031, 2, 10, 10);
        String c = raise("Dr Cal Insight", "7310003");
        UkTime.at(2031, 2, 11, 10);
        driver.triageAs(c, 3, 3);
        UkTime.at(2031, 3, 13, 10);
        driver.complete(c, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        UkTime.at(2031, 3, 20, 10);
        driver.panelDecides(c, "FURTHER_INVESTIGATION");
        UkTime.at(2031, 3, 21, 9);
        completeOldest(c, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing");
        UkTime.at(2031, 3, 21, 10);
        driver.sendUpdate(c);

        UkTime.at(2031, 3, 3, 10);
        String d = raise("Dr Dee Insight", "7310004");
        UkTime.at(2031, 3, 6, 10);
        driver.triageAs(d, 5, 4);
        UkTime.at(2031, 3, 7, 10);
        driver.complete(d, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION, "interim-action", "ro", Map.of());
        UkTime.at(2031, 3, 9, 10);
        driver.panelDecides(d, "REFER_REGULATOR");
        UkTime.at(2031, 3, 20, 10);
        UkTime.runDueJobsOf(d, runtime, management);
        completeOldest(d, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing");
        driver.sendUpdate(d);

        UkTime.at(2031, 4, 7, 10);
        raise("Dr Eve Insight", "7310005");
        TestClock.restart();
    }


    @Test
    void openCasesByStageAndRiskBand() {
        Chart chart = chart("open-cases");

        assertThat(chart.categories()).containsExactly("Initial triage", "Local resolution", "Interim action being considered",
                "Gathering information", "Panel discussion", "Update to the practitioner", "Support and monitoring",
                "Referral", "Lessons-learnt review", "Closing the case");
        assertThat(values(chart, "Low")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L);
        assertThat(values(chart, "Moderate")).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(values(chart, "High")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L);
        assertThat(values(chart, "Not yet triaged")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void timeInEachStageIsTheMedianAndNinetiethPercentileOfFinishedStays() {
        Chart chart = chart("time-in-stage");

        assertThat(chart.categories()).containsExactly("Initial triage", "Local resolution", "Interim action being considered",
                "Gathering information", "Panel discussion", "Update to the practitioner", "Lessons-learnt review",
                "Closing the case");
        // triage 1, 2, 3, 4 days; local resolution 10, 20; investigation 30 (C's second stay is open);
        // panel 7, 2; update 1, 11; interim 1; review 4; closure 1
        assertThat(values(chart, "Median (days)")).containsExactly(2.5, 15.0, 1.0, 30.0, 4.5, 6.0, 4.0, 1.0);
        assertThat(values(chart, "90th percentile (days)")).containsExactly(3.7, 19.0, 1.0, 30.0, 6.5, 10.0, 4.0, 1.0);
        assertThat(values(chart, "Stays")).containsExactly(4L, 2L, 1L, 1L, 2L, 2L, 1L, 1L);
    }

    @Test
    void theMedianTimeInStageChangesMonthByMonth() {
        Chart chart = chart("time-in-stage-by-month");

        assertThat(chart.categories()).containsExactly("Jan 2031", "Feb 2031", "Mar 2031", "Apr 2031", "May 2031", "Jun 2031");
        assertThat(values(chart, "Initial triage")).containsExactly(2.0, 2.5, 3.0, null, null, null);
        assertThat(values(chart, "Local resolution")).containsExactly(10.0, 20.0, null, null, null, null);
        assertThat(values(chart, "Panel discussion")).containsExactly(null, null, 4.5, null, null, null);
        assertThat(values(chart, "Update to the practitioner")).containsExactly(null, null, 6.0, null, null, null);
        assertThat(values(chart, "Closing the case")).containsExactly(1.0, null, null, null, null, null);
    }

    @Test
    void updatesSentOnTimeOrLateByMonth() {
        Chart chart = chart("practitioner-updates");

        assertThat(values(chart, "On time")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L);
        assertThat(values(chart, "Late")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L);
    }

    @Test
    void checkInsDoneAndMissedByMonth() {
        Chart chart = chart("check-ins");

        assertThat(values(chart, "Done")).containsExactly(0L, 0L, 2L, 0L, 0L, 0L);
        assertThat(values(chart, "Missed")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L);
    }

    @Test
    void panelOutcomes() {
        Chart chart = chart("panel-outcomes");

        assertThat(chart.categories()).hasSize(8).contains("Further investigation", "Refer to the regulator");
        assertThat(values(chart, "Discussions")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L);
    }

    @Test
    void themesOverTime() {
        Chart chart = chart("themes");

        assertThat(chart.series()).extracting(Chart.Series::name).containsExactly("Induction", "Workload");
        assertThat(values(chart, "Induction")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(values(chart, "Workload")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void theJsonIsTheChartsNumbers() throws Exception {
        mvc.perform(get("/insights/practitioner-updates.json?" + PERIOD).with(as("lead", "lead")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("practitioner-updates"))
                .andExpect(jsonPath("$.kind").value("stacked"))
                .andExpect(jsonPath("$.categories[2]").value("Mar 2031"))
                .andExpect(jsonPath("$.series[1].name").value("Late"))
                .andExpect(jsonPath("$.series[1].values[2]").value(1));
    }

    @Test
    void theCsvHasARowPerCategoryAndAFileName() throws Exception {
        var response = mvc.perform(get("/insights/time-in-stage.csv?" + PERIOD).with(as("ro", "ro")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"time-in-stage-2031-01-01-to-2031-06-30.csv\""))
                .andReturn().getResponse();

        assertThat(response.getContentAsString()).startsWith("Stage,Median (days),90th percentile (days),Stays\r\n"
                + "Initial triage,2.5,3.7,4\r\nLocal resolution,15.0,19.0,2\r\n");
    }

    @Test
    void thePageShowsEveryChartsNumbersAsATable() throws Exception {
        Document page = html(mvc.perform(get("/insights?" + PERIOD).with(as("lead", "lead")))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Insights");
        assertThat(page.select("section.lotus-insight")).hasSize(charts.size());
        assertThat(page.select("#check-ins table tbody tr:contains(Mar 2031) td").eachText()).containsExactly("2", "1");
        assertThat(page.select("#check-ins figure").attr("data-chart-url"))
                .isEqualTo("/insights/check-ins.json?from=2031-01-01&to=2031-06-30");
        assertThat(page.select("#check-ins a[download]").attr("href"))
                .isEqualTo("/insights/check-ins.csv?from=2031-01-01&to=2031-06-30");
        assertThat(page.select("script[src$=charts.js]")).hasSize(1);
        assertThat(page.text()).contains("Counting cases raised from 1 January 2031 to 30 June 2031.");
        // the numbers the chart is drawn from come with the page, the same as its JSON
        String json = mvc.perform(get("/insights/check-ins.json?" + PERIOD).with(as("lead", "lead")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page.select("#check-ins figure").attr("data-chart")).isEqualTo(json);
    }

    @Test
    void aPeriodThatMakesNoSenseShowsTheLastTwelveMonthsAndSaysSo() throws Exception {
        Document page = html(mvc.perform(get("/insights?from=2031-06-30&to=2031-01-01").with(as("lead", "lead")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".nhsuk-error-summary").text()).contains("The period cannot end before it starts");

        mvc.perform(get("/insights?from=yesterday").with(as("lead", "lead"))).andExpect(status().isOk());
        mvc.perform(get("/insights/open-cases.json?from=yesterday").with(as("lead", "lead"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").isNotEmpty());
        // found by the crawl: a download with a bad period answered 400 and nothing to say why
        String said = mvc.perform(get("/insights/open-cases.csv?from=garbage").with(as("lead", "lead")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(said).isNotBlank().doesNotContain("Exception");
        mvc.perform(get("/insights/no-such-chart.json").with(as("lead", "lead"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/insights", "/insights/open-cases.json", "/insights/open-cases.csv", "/insights/themes.csv"})
    void onlyLeadsAndTheResponsibleOfficerSeeInsights(String url) throws Exception {
        mvc.perform(get(url).with(as("casemanager", "casemanager"))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as("pag", "pag"))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as("admin", "camunda-admin"))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as("practitioner", "practitioner"))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as("lead", "lead"))).andExpect(status().isOk());
        mvc.perform(get(url).with(as("ro", "ro"))).andExpect(status().isOk());
        mvc.perform(get(url)).andExpect(status().is3xxRedirection());
    }

    private String raise(String name, String gmcNumber) {
        return driver.raise(PathwayDriver.concernAbout(name, gmcNumber));
    }

    private void completeOldest(String key, String taskKey, String formId, String user) {
        Task task = UkTime.oldest(key, taskKey, tasks);
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid(formId, driver.today()));
        identity.setAuthenticatedUserId(user);
        try {
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), answers);
        } finally {
            identity.clearAuthentication();
        }
    }

    private Chart chart(String id) {
        return charts.stream().filter(chart -> chart.id().equals(id)).findFirst().orElseThrow().compute(FIXTURE);
    }

    private static List<Object> values(Chart chart, String series) {
        return new ArrayList<>(chart.series().stream().filter(s -> s.name().equals(series)).findFirst()
                .orElseThrow(() -> new AssertionError("No series " + series + " in " + chart.series().stream()
                        .map(Chart.Series::name).toList()))
                .values().stream().map(v -> (Object) v).toList());
    }
}
