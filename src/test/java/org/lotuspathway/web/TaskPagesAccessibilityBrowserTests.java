package org.lotuspathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.register.CheckReminders;
import org.lotuspathway.register.PractitionerRecords;
import org.lotuspathway.register.StatusUpdate;
import org.lotuspathway.support.AccessibilityReport;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WCAG 2.2 AA, as axe-core checks it, on each kind of task page that {@link AccessibilityBrowserTests}
 * does not reach: the rest of the concern pathway, its check-ins' escalations, and the tasks of the
 * smaller processes (a check falling due, a correction asked for, a practitioner's message), with
 * the errors state of three forms. One browser, the case manager then the Responsible Officer.
 * The report is target/accessibility/task-pages.md.
 */
@PathwayTest
class TaskPagesAccessibilityBrowserTests {

    static final String ANN = "7000001";
    static final String CHECKED = "7100101";

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    PractitionerRecords records;
    @Autowired
    CheckReminders reminders;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        TestClock.startAt(TestClock.uk("2026-11-18T10:00"));
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void everyOtherKindOfTaskPageAndSomeOfTheirErrors() {
        String lateUpdate = panelDecided("MONITOR");
        String missedCheckIn = driver.raise();
        driver.timePasses(Duration.ofDays(14).plusMinutes(1)); // the late update escalates; a check-in falls due
        driver.timePasses(Duration.ofDays(9)); // and is missed

        String urgent = driver.raise();
        driver.complete(urgent, ConcernPathway.TASK_TRIAGE_CONCERN, "triage-concern", "casemanager",
                Map.of("likelihood", "3", "impact", "3", "insight", "FULL", "wellbeingConcern", true,
                        "wellbeingNotes", "Sounded very low on the phone."));
        driver.complete(urgent, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing",
                Map.of("outcome", "URGENT_CONCERN", "notes", "Said they cannot see a way through this."));
        String local = driver.raise();
        driver.triageAs(local, 1, 2);
        String review = driver.raise();
        driver.triageAs(review, 1, 2);
        driver.complete(review, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        String closing = driver.raise();
        driver.triageAs(closing, 1, 2);
        driver.complete(closing, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.complete(closing, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager",
                Map.of("action1", "Add referral tracking to the induction", "action1Owner", "Practice manager",
                        "action1DueOn", driver.today().plusMonths(2).toString()));
        String ppa = referred("REFER_PPA");
        String regulator = referred("REFER_REGULATOR");
        String pldp = referred("REFER_PLDP");
        String checkDue = driver.raise(PathwayDriver.concernAbout("Dr Cara Checked", CHECKED));
        records.update("GMC", CHECKED, new StatusUpdate(null, null,
                new StatusUpdate.VettingInput("ENHANCED", "ADULT", null, "2023-11-01", false, null)), "casemanager");
        reminders.remind();
        String annsCase = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", ANN));
        AccessibilityReport report = new AccessibilityReport("task-pages");

        browser.signIn("practitioner");
        browser.open("/portal/cases/" + annsCase);
        browser.choose("kind", "COMMENT");
        browser.type("message", "Could we talk about the support plan?");
        browser.press("Send");
        browser.open("/portal/record/GMC/" + ANN);
        browser.type("message", "My DBS certificate is on the Update Service since March.");
        browser.press("Ask for a correction");
        browser.signOut();

        browser.signIn("casemanager");
        taskPage(local, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, report);
        withErrors("local resolution", report);
        taskPage(ppa, ConcernPathway.TASK_REFER_TO_PPA, report);
        taskPage(review, ConcernPathway.TASK_REVIEW_LESSONS, report);
        withErrors("lessons-learnt review", report);
        taskPage(closing, ConcernPathway.TASK_CLOSE_CASE, report);
        taskPage(annsCase, ConcernPathway.TASK_REPLY_TO_PRACTITIONER, report);
        taskPage(checkDue, ConcernPathway.TASK_FOLLOW_UP_CHECK_DUE, report);
        open(tasks.createTaskQuery().taskDefinitionKey(ConcernPathway.TASK_ANSWER_CORRECTION_REQUEST)
                .orderByTaskCreateTime().desc().list().get(0), report);
        withErrors("correction request", report);
        browser.signOut();

        browser.signIn("ro");
        taskPage(regulator, ConcernPathway.TASK_REFER_TO_REGULATOR, report);
        withErrors("referral to the regulator", report);
        taskPage(pldp, ConcernPathway.TASK_REFER_TO_PLDP, report);
        taskPage(lateUpdate, ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE, report);
        taskPage(missedCheckIn, ConcernPathway.TASK_FOLLOW_UP_MISSED_CHECK_IN, report);
        taskPage(urgent, ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN, report);
        browser.signOut();

        report.writeAndAssertNoSeriousViolations();
    }

    private String panelDecided(String decision) {
        String key = driver.raise();
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, decision);
        return key;
    }

    private String referred(String decision) {
        String key = panelDecided(decision);
        driver.sendUpdate(key);
        return key;
    }

    private void taskPage(String key, String taskKey, AccessibilityReport report) {
        open(driver.task(key, taskKey), report);
    }

    private void open(org.camunda.bpm.engine.task.Task task, AccessibilityReport report) {
        browser.open("/tasks/" + task.getId());
        assertThat(browser.heading()).isNotEqualTo("Page not found");
        report.check(browser, "task page: " + task.getName());
    }

    /** Completes the task page shown with nothing filled in: its errors state, with the title saying so. */
    private void withErrors(String what, AccessibilityReport report) {
        browser.press("Complete this task");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        report.check(browser, "task page with errors: " + what);
    }
}
