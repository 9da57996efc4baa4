package org.lotuspathway.insights.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.EqualityAnswers;
import org.lotuspathway.concern.EqualityAnswers.Ethnicity;
import org.lotuspathway.concern.EqualityAnswers.Sex;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.insights.Period;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.UkTime;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Equality monitoring against counts and rates worked out by hand from a fixture of 38 concerns
 * raised in 2032 (apart from every other test's cases), with a baseline set here:
 *
 * <pre>
 *                     received  high risk  female male prefer-not
 * White (50%, ref)        10         5        6     4
 * Asian (30%)             12         9        7     5
 * Black (10%)              6         5        5     1
 * Mixed (5%)               2         0        2
 * Other (5%)               0         0
 * Prefer not to say        5         0                     5
 * Not recorded             3         0   (no answers at all)
 * </pre>
 *
 * Received: White 10/50 = 0.2 a point; Asian 12/30 = 0.4, so 2.0; Black 6/10 = 0.6, so 3.0. Mixed,
 * Other and Not recorded are under 5 and hidden. High risk: Asian's 9 and Black's 5 are hidden too,
 * because the triage bands add up to the concerns received: 12 - 9 = 3 and 6 - 5 = 1 would be small
 * counts worked out from shown ones. By sex, received: female 20, male 10, prefer not to say 5, not
 * recorded 3: only "not recorded" is under 5, so "prefer not to say" (the next smallest) is hidden
 * too, or 38 - 20 - 10 - 5 would give it away.
 */
@PathwayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EqualityMonitoringTests {

    static final Period FIXTURE = new Period(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31));
    static final String PERIOD = "from=2032-01-01&to=2032-12-31";

    @Autowired
    PathwayDriver driver;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    EqualityMonitoring monitoring;
    int number = 7320000;

    @BeforeAll
    void raiseTheFixture() {
        UkTime.at(2032, 2, 2, 10);
        raise(Ethnicity.WHITE, 6, 4, 5);
        raise(Ethnicity.ASIAN, 7, 5, 9);
        raise(Ethnicity.BLACK, 5, 1, 5);
        raise(Ethnicity.MIXED, 2, 0, 0);
        for (int i = 0; i < 5; i++) {
            concern(new EqualityAnswers(Ethnicity.PREFER_NOT_TO_SAY, null, Sex.PREFER_NOT_TO_SAY, null, null, null), false);
        }
        for (int i = 0; i < 3; i++) {
            concern(null, false);
        }
        TestClock.restart();
        monitoring = new EqualityMonitoring(jdbc, new PopulationBaseline(new EqualitySettings(5,
                Map.of("ethnicity", "white", "sex", "female"),
                Map.of("ethnicity", Map.of("white", 50.0, "asian", 30.0, "black", 10.0, "mixed", 5.0, "other", 5.0),
                        "sex", Map.of("female", 50.0, "male", 50.0)))));
    }


    @Test
    void concernsReceivedByEthnicGroupWithRatesRelativeToTheReferenceGroup() {
        EqualityTable table = monitoring.table(Characteristic.ETHNICITY, FIXTURE);

        assertThat(table.rows()).extracting(EqualityTable.Row::group).containsExactly("ASIAN", "BLACK", "MIXED", "WHITE",
                "OTHER", "PREFER_NOT_TO_SAY", "NOT_RECORDED");
        assertThat(column(table, EqualityStage.RECEIVED)).containsExactly(
                new EqualityTable.Cell(12L, false, 2.0), new EqualityTable.Cell(6L, false, 3.0),
                new EqualityTable.Cell(null, true, null), new EqualityTable.Cell(10L, false, 1.0),
                new EqualityTable.Cell(null, true, null), new EqualityTable.Cell(5L, false, null),
                new EqualityTable.Cell(null, true, null));
        assertThat(table.totals().get(0)).isEqualTo(new EqualityTable.Cell(38L, false, null));
        assertThat(table.referenceLabel()).isEqualTo("White");
        assertThat(table.rows().get(0).baselineShare()).isEqualTo(30.0);
    }

    @Test
    void triagedAsHighRisk() {
        EqualityTable table = monitoring.table(Characteristic.ETHNICITY, FIXTURE);

        // Asian: received 12 less high risk 9 would give away that 3 were triaged low or moderate (or not yet
        // triaged), and Black: 6 - 5 = 1, so their high-risk counts are hidden too; White: 10 - 5 = 5 is not small.
        assertThat(column(table, EqualityStage.TRIAGED_HIGH)).containsExactly(
                new EqualityTable.Cell(null, true, null), new EqualityTable.Cell(null, true, null),
                new EqualityTable.Cell(null, true, null), new EqualityTable.Cell(5L, false, 1.0),
                new EqualityTable.Cell(null, true, null), new EqualityTable.Cell(null, true, null),
                new EqualityTable.Cell(null, true, null));
        assertThat(table.totals().get(EqualityStage.TRIAGED_HIGH.ordinal())).isEqualTo(new EqualityTable.Cell(19L, false, null));
    }

    @Test
    void aStageNobodyReachedIsHiddenWholeAndHasNoRates() {
        EqualityTable table = monitoring.table(Characteristic.ETHNICITY, FIXTURE);

        assertThat(column(table, EqualityStage.REFERRED)).containsOnly(new EqualityTable.Cell(null, true, null));
        assertThat(table.totals().get(EqualityStage.REFERRED.ordinal()).suppressed()).isTrue();
    }

    @Test
    void aSingleSmallCountHidesTheNextSmallestToo() {
        EqualityTable table = monitoring.table(Characteristic.SEX, FIXTURE);

        assertThat(table.rows()).extracting(EqualityTable.Row::group).containsExactly("FEMALE", "MALE", "PREFER_NOT_TO_SAY",
                "NOT_RECORDED");
        assertThat(column(table, EqualityStage.RECEIVED)).containsExactly(
                new EqualityTable.Cell(20L, false, 1.0), new EqualityTable.Cell(10L, false, 0.5),
                new EqualityTable.Cell(null, true, null), new EqualityTable.Cell(null, true, null));
    }

    @Test
    void aCharacteristicWithoutABaselineHasCountsButNoRates() {
        EqualityTable table = monitoring.table(Characteristic.ROLE, FIXTURE);

        assertThat(table.referenceGroup()).isNull();
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.cells()).allSatisfy(
                cell -> assertThat(cell.relativeRate()).isNull()));
        // Nobody was asked about role in the fixture: every concern is "not recorded".
        assertThat(column(table, EqualityStage.RECEIVED).get(table.rows().size() - 1)).isEqualTo(new EqualityTable.Cell(38L, false, null));
    }

    @Test
    void hiddenCountsNeverLeaveTheServer() throws Exception {
        String json = mvc.perform(get("/insights/equality.json?characteristic=sex&" + PERIOD).with(as("ro", "ro")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("/insights/equality.csv?characteristic=sex&" + PERIOD).with(as("ro", "ro")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = html(mvc.perform(get("/insights/equality?characteristic=sex&" + PERIOD).with(as("lead", "lead")))
                .andExpect(status().isOk()).andReturn());

        // prefer not to say (5) and not recorded (3), hidden at "received", and nowhere to be found
        assertThat(json).contains("\"count\":20", "\"count\":10", "\"count\":38").doesNotContain("\"count\":5,",
                "\"count\":3,", "\"count\":8");
        // the app's own baseline (application.yaml): female 56% (reference), male 44%: (10/44) / (20/56) = 0.64
        assertThat(csv).contains("Sex,Female,56.0,yes,Concern received,20,1.0\r\n", "Sex,Male,44.0,no,Concern received,10,0.64\r\n",
                "Sex,Prefer not to say,,no,Concern received,fewer than 5,",
                "Sex,Not recorded,,no,Concern received,fewer than 5,", "Sex,All concerns,,,Concern received,38,");
        assertThat(page.select("table.lotus-equality tbody tr:contains(Concern received) td").eachText())
                .containsExactly("20 rate 1.00", "10 rate 0.64", "fewer than 5", "fewer than 5", "38");
    }

    @Test
    void thePageChartAndFilesAreForLeadsAndTheResponsibleOfficerOnly() throws Exception {
        for (String url : List.of("/insights/equality", "/insights/equality.json", "/insights/equality.csv",
                "/insights/equality/chart.json")) {
            mvc.perform(get(url).with(as("casemanager", "casemanager"))).andExpect(status().isForbidden());
            mvc.perform(get(url).with(as("wellbeing", "wellbeing"))).andExpect(status().isForbidden());
            mvc.perform(get(url).with(as("learner", "learning"))).andExpect(status().isForbidden());
            mvc.perform(get(url).with(as("lead", "lead"))).andExpect(status().isOk());
            mvc.perform(get(url).with(as("ro", "ro"))).andExpect(status().isOk());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"characteristic=shoe-size", "from=not-a-date", "from=2032-12-31&to=2032-01-01"})
    void badQuestionsGetAClearAnswer(String query) throws Exception {
        mvc.perform(get("/insights/equality.csv?" + query).with(as("lead", "lead"))).andExpect(status().isBadRequest());
        Document page = html(mvc.perform(get("/insights/equality?" + query).with(as("lead", "lead")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".nhsuk-error-summary").text()).contains("is shown");
    }

    /** Two periods a day apart would tell, between them, about the concerns raised on that day. */
    @ParameterizedTest
    @ValueSource(strings = {"from=2032-01-02&to=2032-12-31", "from=2032-01-01&to=2032-12-30", "from=2032-02-01",
            "to=2032-06-29", "from=2032-01-01&to=2032-01-31"})
    void onlyWholeCalendarQuartersOrYearsAreCounted(String query) throws Exception {
        for (String file : List.of("/insights/equality.csv?", "/insights/equality.json?", "/insights/equality/chart.json?")) {
            mvc.perform(get(file + query).with(as("lead", "lead"))).andExpect(status().isBadRequest());
        }
        Document page = html(mvc.perform(get("/insights/equality?" + query).with(as("lead", "lead")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".nhsuk-error-summary").text()).contains("whole calendar quarters or years",
                "last four quarters is shown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2032-01-01&to=2032-03-31", "from=2032-04-01&to=2033-09-30", "from=2032-10-01&to=2032-12-31"})
    void wholeQuartersAreCounted(String query) throws Exception {
        mvc.perform(get("/insights/equality.csv?" + query).with(as("lead", "lead"))).andExpect(status().isOk());
        Document page = html(mvc.perform(get("/insights/equality?" + query).with(as("lead", "lead")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".nhsuk-error-summary")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=%2B999999999-12-31", "to=%2B999999999-12-31", "from=-999999999-01-01",
            "from=1999-10-01&to=1999-12-31", "from=2101-01-01&to=2101-03-31"})
    void datesOutsideTheYears2000To2100GetAClearAnswer(String query) throws Exception {
        for (String url : List.of("/insights/equality.csv?", "/insights/equality.json?", "/insights/open-cases.json?",
                "/insights/open-cases.csv?")) {
            mvc.perform(get(java.net.URI.create(url + query)).with(as("lead", "lead"))).andExpect(status().isBadRequest());
        }
        for (String url : List.of("/insights/equality?", "/insights?")) {
            Document page = html(mvc.perform(get(java.net.URI.create(url + query)).with(as("lead", "lead")))
                    .andExpect(status().isOk()).andReturn());
            assertThat(page.select(".nhsuk-error-summary").text()).contains("from the year 2000 to 2100", "shown");
        }
    }

    /** Raises a group's concerns: so many female, so many male, the first so many triaged as high risk. */
    private void raise(Ethnicity ethnicity, int female, int male, int highRisk) {
        List<Sex> sexes = new ArrayList<>();
        for (int i = 0; i < female; i++) {
            sexes.add(Sex.FEMALE);
        }
        for (int i = 0; i < male; i++) {
            sexes.add(Sex.MALE);
        }
        for (int i = 0; i < sexes.size(); i++) {
            concern(new EqualityAnswers(ethnicity, null, sexes.get(i), null, null, null), i < highRisk);
        }
    }

    private void concern(EqualityAnswers equality, boolean highRisk) {
        String key = driver.raise(new NewConcern(new PractitionerDetails("Dr Equal Fixture", Profession.GP, Register.GMC,
                String.valueOf(number++)), ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL), "A fixture concern.",
                LocalDate.of(2026, 11, 2), equality));
        if (highRisk) {
            driver.triageAs(key, 5, 4);
        }
    }

    private static List<EqualityTable.Cell> column(EqualityTable table, EqualityStage stage) {
        int index = table.stages().indexOf(stage);
        return table.rows().stream().map(row -> row.cells().get(index)).toList();
    }
}
