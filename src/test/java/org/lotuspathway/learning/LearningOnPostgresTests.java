package org.lotuspathway.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.EqualityAnswers;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.insights.equality.Characteristic;
import org.lotuspathway.insights.equality.EqualityMonitoring;
import org.lotuspathway.insights.equality.EqualityStage;
import org.lotuspathway.insights.Period;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PostgresPathwayTest;
import org.lotuspathway.support.UkTime;
import org.lotuspathway.triage.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The learning features' own SQL (migration V4, the library's search, every insight chart, equality
 * monitoring, theme merging and reminders) on a real PostgreSQL, as on H2.
 */
@PostgresPathwayTest
class LearningOnPostgresTests {

    @Autowired
    PathwayDriver driver;
    @Autowired
    LessonsLibrary library;
    @Autowired
    LearningThemes themes;
    @Autowired
    ActionReminders reminders;
    @Autowired
    EqualityMonitoring equality;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;


    @Test
    void aReviewedCaseIsFoundCountedAndMonitoredOnPostgres() throws Exception {
        UkTime.at(2035, 3, 5, 10);
        String key = driver.raise(new NewConcern(new PractitionerDetails("Dr Petra Postgres", Profession.GP, Register.GMC,
                "7350001"), ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL), "A referral was not made.",
                LocalDate.of(2026, 11, 2), new EqualityAnswers(EqualityAnswers.Ethnicity.MIXED, null, null, null, null, null)));
        UkTime.at(2035, 3, 6, 10);
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        LearningTheme theme = themes.add("Postgres puffins");
        driver.complete(key, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.of(
                "wentWell", "Puffinry: Dr Postgres was told promptly.", "learningThemes", List.of(theme.code(), "WORKLOAD"),
                "action1", "Audit referrals", "action1Owner", "casemanager", "action1DueOn", "2035-03-08"));
        driver.complete(key, ConcernPathway.TASK_CLOSE_CASE, "close-case", "casemanager", Map.of());

        assertThat(library.search(new LibraryQuery("puffinry", theme.code(), null, ConcernArea.CLINICAL, Profession.GP,
                Route.LOCAL_RESOLUTION, LibraryQuery.NO_PANEL, LocalDate.of(2035, 3, 1), null,
                null, null), false).entries()).singleElement()
                .satisfies(entry -> assertThat(entry.wentWell()).isEqualTo("Puffinry: [the practitioner] was told promptly."));
        assertThat(library.search(new LibraryQuery("postgres", null, null, null, null, null, null, null, null, null,
                null), false).entries()).isEmpty();

        String period = "from=2035-01-01&to=2035-12-31";
        for (String chart : List.of("open-cases", "time-in-stage", "time-in-stage-by-month", "practitioner-updates",
                "check-ins", "panel-outcomes", "themes")) {
            mvc.perform(get("/insights/" + chart + ".json?" + period).with(as("lead", "lead"))).andExpect(status().isOk());
        }
        String times = mvc.perform(get("/insights/time-in-stage.csv?" + period).with(as("lead", "lead")))
                .andReturn().getResponse().getContentAsString();
        assertThat(times).contains("Initial triage,1.0,1.0,1");
        var table = equality.table(Characteristic.ETHNICITY, new Period(LocalDate.of(2035, 1, 1), LocalDate.of(2035, 12, 31)));
        assertThat(table.totals().get(EqualityStage.RECEIVED.ordinal()).suppressed()).isTrue();

        LearningTheme merged = themes.add("Puffin colonies");
        themes.merge(theme.code(), merged.code());
        assertThat(library.search(new LibraryQuery("puffinry", merged.code(), null, null, null, null, null, null, null,
                null, null), true).entries()).singleElement()
                .satisfies(entry -> assertThat(entry.themes()).containsExactly("Puffin colonies", "Workload"));

        UkTime.at(2035, 3, 7, 7);
        reminders.remind();
        reminders.remind();
        List<Long> actions = jdbc.queryForList("select a.id from improvement_action a join lessons_review r on r.id = a.review_id"
                + " join concern c on c.id = r.concern_id where c.business_key = ? and a.owner_user_id is not null", Long.class, key);
        assertThat(actions).isNotEmpty();
        for (long action : actions) {
            assertThat(jdbc.queryForList("select event_key from notification where event_key like ?", String.class,
                    "action-reminder:" + action + ":%")).as("one reminder a day, however many runs")
                    .containsExactly("action-reminder:" + action + ":2035-03-07");
        }
    }
}
