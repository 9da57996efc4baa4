package org.lotuspathway.learning;

import static org.lotuspathway.support.Pages.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.TestClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the lessons library's tests read: two closed cases with lessons-learnt reviews, {@code named}
 * about {@link #NAME}, resolved locally, with improvement actions, and {@code other} about a dentist,
 * after a panel. Both reviews carry the word "kittiwake", which no other test writes, so searches see
 * only them; they are written once for the database, by the first test class that asks, and later
 * ones are given the same two (a second pair would double what every search finds).
 */
record LessonsLibraryFixture(String named, String other) {

    static final String NAME = "Dr Marguerite Quillfeather";
    static final String NUMBER = "7340001";
    static final RequestPostProcessor READER = as("learner", "learning");
    static final RequestPostProcessor STAFF = as("casemanager", "casemanager");

    /** The two reviewed cases, reviewing them first if no test class has yet. */
    static synchronized LessonsLibraryFixture reviewTwoCases(PathwayDriver driver, JdbcTemplate jdbc) {
        List<String> reviewed = jdbc.queryForList("""
                select c.business_key from lessons_review r join concern c on c.id = r.concern_id
                 where r.went_well like 'Kittiwake%' order by r.id""", String.class);
        if (reviewed.size() == 2) {
            return new LessonsLibraryFixture(reviewed.get(0), reviewed.get(1));
        }
        if (!reviewed.isEmpty()) {
            throw new IllegalStateException("Expected none or both kittiwake reviews, found " + reviewed);
        }
        String named = driver.raise(PathwayDriver.concernAbout(NAME, NUMBER));
        driver.triageAs(named, 1, 2);
        driver.complete(named, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.complete(named, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.ofEntries(
                Map.entry("wentWell", "Kittiwake: Dr Quillfeather was told promptly and kindly."),
                Map.entry("didNotGoWell", "Marguerite Quillfeather (GMC " + NUMBER + ") had no induction; see " + named + "."),
                Map.entry("contributoryFactors", List.of("PERSON", "ORGANISATION")),
                Map.entry("contributoryNotes", "Quillfeather's practice had no induction pack."),
                Map.entry("practitionerExperience", "Marguerite felt the letters were kind."),
                Map.entry("learningThemes", List.of("INDUCTION")),
                Map.entry("sharingPlan", "Shared at the kittiwake forum."),
                Map.entry("action1", "Write an induction pack for Dr Quillfeather's practice"),
                Map.entry("action1Owner", "casemanager"),
                Map.entry("action1DueOn", TestClock.today().plusMonths(1).toString()),
                Map.entry("action2", "Reflect on referral tracking"),
                Map.entry("action2Owner", "Dr Marguerite Quillfeather"),
                Map.entry("action2DueOn", TestClock.today().plusMonths(2).toString())));
        driver.complete(named, ConcernPathway.TASK_CLOSE_CASE, "close-case", "casemanager", Map.of());

        String other = driver.raise(new NewConcern(new PractitionerDetails("Dr Bartholomew Guillemot-Smythe",
                Profession.DENTIST, Register.GDC, "734002"), ConcernSource.EMPLOYER, Set.of(ConcernArea.CONDUCT),
                "Rude to staff.", LocalDate.of(2026, 11, 2)));
        driver.triageAs(other, 3, 3);
        driver.complete(other, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(other, "NO_FURTHER_ACTION");
        driver.sendUpdate(other);
        driver.complete(other, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.of(
                "wentWell", "Kittiwake again: the panel met on time.",
                "didNotGoWell", "Rotas left no time for team meetings; nesting of work like a colony of seabirds.",
                "contributoryFactors", List.of("TASKS"),
                "learningThemes", List.of("WORKLOAD", "TEAMWORKING")));
        driver.complete(other, ConcernPathway.TASK_CLOSE_CASE, "close-case", "casemanager", Map.of());
        return new LessonsLibraryFixture(named, other);
    }
}
