package org.lotuspathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.AccessibilityReport;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WCAG 2.2 AA, as axe-core checks it, on every page each role reaches in its journeys: one browser
 * per role, many pages each, so the check stays quick. The reports are in target/accessibility/.
 */
@PathwayTest
class AccessibilityBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;

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
    void theTeamsPagesFromSignInToEveryKindOfTask() {
        String fresh = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        String gathering = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(gathering, 3, 3);
        String atPanel = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(atPanel, 3, 3);
        driver.complete(atPanel, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        String decided = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(decided, 3, 3);
        driver.complete(decided, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(decided, "MONITOR");
        String highRisk = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(highRisk, 5, 4);
        AccessibilityReport report = new AccessibilityReport("team");

        browser.open("/login");
        report.check(browser, "sign in");
        browser.type("username", "nobody");
        browser.type("password", "wrong");
        browser.press("Sign in");
        report.check(browser, "sign in, wrong password");

        browser.signIn("casemanager");
        report.check(browser, "task list");
        browser.open("/tasks?view=ALL");
        report.check(browser, "task list, everyone's");
        taskPage(fresh, ConcernPathway.TASK_TRIAGE_CONCERN, report);
        browser.press("Complete this task");
        report.check(browser, "task page with errors: triage");
        taskPage(gathering, ConcernPathway.TASK_GATHER_INFORMATION, report);
        taskPage(decided, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, report);
        driver.sendUpdate(decided);
        taskPage(decided, ConcernPathway.TASK_SUPPORT_AND_MONITOR, report);
        browser.follow("Raise a concern");
        report.check(browser, "raise a concern");
        browser.press("Raise the concern");
        report.check(browser, "raise a concern with errors");
        browser.open("/cases/" + highRisk);
        browser.waitForPresence(By.cssSelector(".lotus-case-diagram--drawn"));
        report.check(browser, "case page");
        browser.open("/cases");
        report.check(browser, "case register");
        browser.open("/practitioners/GMC/7000001");
        report.check(browser, "practitioner's record");
        browser.open("/practitioners/checks");
        report.check(browser, "checks due");
        browser.open("/meetings");
        report.check(browser, "meetings");
        browser.open("/meetings/new");
        report.check(browser, "schedule a meeting");
        browser.signOut();

        browser.signIn("pag");
        taskPage(atPanel, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, report);
        browser.signOut();
        browser.signIn("ro");
        taskPage(highRisk, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION, report);
        browser.signOut();
        browser.signIn("wellbeing");
        taskPage(decided, ConcernPathway.TASK_CHECK_IN, report);
        browser.signOut();

        report.writeAndAssertNoSeriousViolations();
    }

    @Test
    void thePractitionersPages() {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "MONITOR");
        driver.sendUpdate(key);
        AccessibilityReport report = new AccessibilityReport("practitioner");

        browser.signIn("practitioner");
        report.check(browser, "portal home");
        browser.follow("Case " + key);
        report.check(browser, "portal case");
        browser.press("Send");
        report.check(browser, "portal case, message with errors");
        browser.driver().findElement(By.partialLinkText("Update after the panel")).click();
        browser.heading();
        report.check(browser, "portal letter");
        browser.open("/portal/record");
        report.check(browser, "portal record and support");
        browser.follow("Change your contact details");
        report.check(browser, "portal contact details");
        browser.signOut();
        report.check(browser, "signed out");

        report.writeAndAssertNoSeriousViolations();
    }

    @Test
    void theLeadsAndAdministratorsPages() {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(key);
        AccessibilityReport report = new AccessibilityReport("lead-and-admin");

        browser.signIn("lead");
        browser.open("/modeler");
        report.check(browser, "modeler");
        browser.driver().findElement(By.xpath("//tr[td[text()='processes/concern-pathway.bpmn']]//a")).click();
        browser.waitForPresence(By.cssSelector("body.lotus-editor-ready"));
        report.check(browser, "modeler editor");
        browser.open("/modeler/migrations");
        report.check(browser, "modeler migrations");
        browser.open("/learning");
        report.check(browser, "lessons library");
        browser.driver().findElement(By.cssSelector(".nhsuk-card__link")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.heading();
        report.check(browser, "lessons library entry");
        browser.open("/learning/themes");
        report.check(browser, "themes");
        browser.open("/learning/actions");
        report.check(browser, "actions");
        browser.open("/learning/themes");
        browser.press("Add the theme");
        report.check(browser, "themes with errors");
        browser.open("/insights");
        browser.waitForPresence(By.cssSelector("h1"));
        report.check(browser, "insights");
        browser.open("/insights/equality");
        report.check(browser, "equality");
        // found by the crawl: the tables' columns shrank to a letter, breaking "All concerns" over five lines
        assertThat(browser.driver().executeScript("""
                const broken = [];
                const walker = document.createTreeWalker(document.querySelector('table.lotus-equality'), NodeFilter.SHOW_TEXT);
                for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                    for (const word of text.textContent.matchAll(/\\S+/g)) {
                        const range = document.createRange();
                        range.setStart(text, word.index);
                        range.setEnd(text, word.index + word[0].length);
                        if (new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size > 1) {
                            broken.push(word[0]);
                        }
                    }
                }
                return broken;""")).as("words broken across lines in the table").asList().isEmpty();
        browser.signOut();

        browser.signIn("admin");
        browser.open("/admin/audit");
        report.check(browser, "audit log");
        browser.open("/admin/outbox");
        report.check(browser, "outbox");
        browser.open("/admin/sign-in-locks");
        report.check(browser, "sign-in locks");
        browser.open("/cases/PSC-0000-00000");
        report.check(browser, "case not found");
        browser.signOut();

        report.writeAndAssertNoSeriousViolations();
    }

    /** The check itself: a page given an image with no text and a field with no label fails it. */
    @Test
    void aPageWithAnImageWithoutTextAndAFieldWithoutALabelFails() {
        browser.open("/login");
        browser.driver().executeScript("""
                document.querySelector('main').insertAdjacentHTML('beforeend',
                    '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20"><input type="text" name="unlabelled">');""");
        AccessibilityReport report = new AccessibilityReport("deliberately-broken");
        report.check(browser, "sign in, broken on purpose");

        assertThatThrownBy(report::writeAndAssertNoSeriousViolations).isInstanceOf(AssertionError.class)
                .hasMessageContaining("): image-alt ").hasMessageContaining("): label ");
    }

    private void taskPage(String key, String taskKey, AccessibilityReport report) {
        var task = driver.task(key, taskKey);
        browser.open("/tasks/" + task.getId());
        report.check(browser, "task page: " + task.getName());
    }
}
