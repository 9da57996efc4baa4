package org.lotuspathway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.register.CaseRegister;
import org.lotuspathway.register.CheckKind;
import org.lotuspathway.register.DueCheck;
import org.lotuspathway.register.OverdueChecks;
import org.lotuspathway.register.PractitionerFile;
import org.lotuspathway.register.PractitionerRecords;
import org.lotuspathway.register.RegisterFilter;
import org.lotuspathway.register.RegisterPage;
import org.lotuspathway.register.RegisterRow;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo data generator, in its own application on its own database: a fresh install started
 * with {@code lotus.demo-data.cases} gets that many fictional cases spread along the pathway, and
 * then ({@link DemoRecords}) a case and a record for each demo practitioner who signs in.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:lotus-demo-data;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        // Camunda's webapps keep static state shared with the other test applications.
        "camunda.bpm.webapp.enabled=false",
        // and the engine registry: "default" stays the shared application's, for /engine-rest
        "camunda.bpm.process-engine-name=demo",
        "lotus.demo-data.cases=40"})
class DemoCasesTests {

    /** The generated cases, and the two about the demo practitioners who sign in. */
    static final int CASES = 40 + 2;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCases demo;
    @Autowired
    PathwayClock clock;
    @Autowired
    DemoActionProgress actionProgress;
    @Autowired
    DemoRecords demoRecords;
    @Autowired
    CaseRegister register;
    @Autowired
    PractitionerRecords records;
    @Autowired
    OverdueChecks overdue;

    @Test
    void aFreshInstallGetsFictionalCasesAtEveryTurnOfThePathway() {
        assertThat(count("select count(*) from concern")).isEqualTo(CASES);
        assertThat(count("select count(*) from practitioner where " + DemoPractitioners.DEMO_NUMBERS)).isEqualTo(40);
        assertThat(jdbc.queryForList("select distinct stage from concern", String.class))
                .contains("CLOSED").hasSizeGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForList("select distinct risk_band from concern where risk_band is not null", String.class))
                .containsExactlyInAnyOrder("LOW", "MODERATE", "HIGH");
        assertThat(count("select count(*) from lessons_review")).isPositive();
        assertThat(count("select count(*) from review_theme")).isPositive();
        assertThat(count("select count(*) from panel_discussion")).isPositive();
        assertThat(count("select count(*) from check_in")).isPositive();
        assertThat(count("select count(*) from stage_visit where left_at is not null")).isPositive();
        assertThat(count("select count(*) from concern_equality")).isBetween(20, 40);
        Instant oldest = jdbc.queryForObject("select min(raised_at) from concern", java.sql.Timestamp.class).toInstant();
        assertThat(oldest).isBefore(TestClock.DEFAULT_START.minus(Duration.ofDays(120)));
    }

    @Test
    void aSecondRunAddsNothing() throws Exception {
        demo.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from concern")).isEqualTo(CASES);
    }

    @Test
    void theDemoPractitionersWhoSignInHaveACaseAndARecordWithChecksToShow() throws Exception {
        RegisterPage found = register.search(RegisterFilter.parse(Map.of("q", "example")).filter(),
                new CurrentUser("casemanager", Set.of(Roles.CASE_MANAGER)));
        assertThat(found.rows()).extracting(RegisterRow::registerNumber).containsExactlyInAnyOrder("7000001", "7000002");
        assertThat(found.rows()).allSatisfy(row -> assertThat(row.closedOn()).isNull());

        assertThat(records.show("GMC", "7000001", "test").checks()).extracting(DueCheck::kind, DueCheck::state)
                .containsExactly(tuple(CheckKind.REVALIDATION, DueCheck.State.DUE_SOON),
                        tuple(CheckKind.VETTING, DueCheck.State.IN_DATE));
        PractitionerFile ben = records.show("GMC", "7000002", "test");
        assertThat(ben.checks()).extracting(DueCheck::kind, DueCheck::state)
                .containsExactly(tuple(CheckKind.REVALIDATION, DueCheck.State.IN_DATE),
                        tuple(CheckKind.VETTING, DueCheck.State.OVERDUE));
        assertThat(ben.history()).isNotEmpty();
        assertThat(overdue.find(true, 0).rows()).extracting(row -> row.practitioner().registerNumber()).contains("7000002");

        demoRecords.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from concern")).as("a second start adds nothing").isEqualTo(CASES);
    }

    @Test
    void theTimersStillWaitingAreAllInTheFuture() {
        List<java.sql.Timestamp> due = jdbc.queryForList("select DUEDATE_ from ACT_RU_JOB where DUEDATE_ is not null",
                java.sql.Timestamp.class);
        assertThat(due).isNotEmpty().allSatisfy(at -> assertThat(at.toInstant()).isAfter(TestClock.DEFAULT_START));
    }

    /** A case that is not a demo one stops the generator, and its actions are never moved along. */
    @Test
    void realCasesAndTheirActionsAreLeftAlone() {
        Long review = jdbc.queryForObject("select min(review_id) from improvement_action", Long.class);
        assertThat(review).isNotNull();
        Long practitioner = jdbc.queryForObject("select c.practitioner_id from lessons_review r join concern c "
                + "on c.id = r.concern_id where r.id = ?", Long.class, review);
        try {
            // that review's case looks real now: its practitioner's number is not a demo one
            jdbc.update("update practitioner set register_number = 'REAL-' || register_number where id = ?", practitioner);
            jdbc.update("update improvement_action set status = 'OPEN', status_changed_by = null, status_changed_at = null,"
                    + " due_on = ? where review_id = ?", java.sql.Date.valueOf(clock.today().minusDays(5)), review);
            Long demoAction = jdbc.queryForObject("select max(id) from improvement_action where review_id <> ?", Long.class,
                    review);
            jdbc.update("update improvement_action set status = 'OPEN', due_on = ? where id = ?",
                    java.sql.Date.valueOf(clock.today().minusDays(5)), demoAction);

            for (int seed = 1; seed <= 5; seed++) {
                try (PathwayClock.TimeTravel trip = clock.travel()) {
                    actionProgress.moveAlong(clock.now(), trip, new java.util.Random(seed));
                }
            }

            assertThat(jdbc.queryForList("select status from improvement_action where review_id = ?", String.class, review))
                    .isNotEmpty().containsOnly("OPEN");
            assertThat(jdbc.queryForObject("select status from improvement_action where id = ?", String.class, demoAction))
                    .as("a demo action is moved along").isNotEqualTo("OPEN");

            // with every case real and none a demo one, a restart with demo data asked for adds nothing
            jdbc.update("update practitioner set register_number = 'REAL-' || register_number where "
                    + DemoPractitioners.DEMO_NUMBERS);
            demo.run(new DefaultApplicationArguments());
            assertThat(count("select count(*) from concern")).isEqualTo(CASES);
        } finally {
            TestClock.restart();
            jdbc.update("update practitioner set register_number = substring(register_number, 6) "
                    + "where register_number like 'REAL-%'");
        }
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
