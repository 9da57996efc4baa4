package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The team's journey in a real browser: a case manager raises a concern and triages it as high
 * risk, the Responsible Officer considers interim action, a panel member records the decision,
 * and the case page's timeline shows every step. Then the case manager sends the practitioner
 * their update, and the practitioner reads it, downloads the letter and asks for a call, which
 * reaches the case manager's task list.
 */
@PathwayTest
class WorkspaceBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aHighRiskConcernFromIntakeToThePanelAndItsTimeline() throws Exception {
        TestClock.startAt(TestClock.uk("2026-11-23T09:15")); // a Monday; the concern came in last Friday
        browser.signIn("casemanager");
        assertThat(browser.heading()).isEqualTo("Tasks");

        browser.follow("Raise a concern");
        browser.type("title", "Dr");
        browser.type("givenNames", "Ann");
        browser.type("familyName", "Example");
        browser.select("profession", "GP");
        browser.select("register", "General Medical Council (GMC)");
        browser.type("registerNumber", "7000001");
        browser.select("source", "Clinical colleague");
        browser.choose("concernAreas", "CLINICAL");
        browser.type("summary", "Colleagues report that urgent referrals have been missed twice this month.");
        browser.date("receivedOn", "2026-11-20");
        browser.press("Raise the concern");

        String key = browser.heading().replace("Case ", "");
        assertThat(key).matches("PSC-\\d{4}-\\d{5}");
        assertThat(browser.text()).contains("Concern " + key + " raised");

        browser.open("/tasks?search=" + key);
        browser.screenshot("task-list");
        browser.follow("Triage the concern");
        browser.choose("likelihood", "5");
        browser.choose("impact", "4");
        browser.type("triageNotes", "Two missed urgent referrals; likely to recur without support.");
        browser.press("Complete this task");
        assertThat(browser.text()).contains("There is a problem",
                "Answer the question \"Does the practitioner show insight into the concern?\"");
        browser.screenshot("task-page-with-errors");
        browser.choose("insight", "PARTIAL");
        browser.press("Complete this task");
        assertThat(browser.text()).contains("Done: Triage the concern for " + key);
        browser.signOut();

        browser.signIn("ro");
        browser.open("/tasks?search=" + key);
        browser.follow("Consider interim action");
        browser.choose("interimAction", "NONE");
        browser.type("interimReasons", "Supervision is in place while the panel meets.");
        browser.date("practitionerToldOn", "2026-11-21");
        browser.press("Complete this task");
        assertThat(browser.text()).contains("Done: Consider interim action for " + key);
        browser.signOut();

        browser.signIn("pag");
        browser.open("/tasks?search=" + key);
        browser.follow("Record the PAG/PSG discussion");
        browser.screenshot("task-page");
        browser.date("meetingDate", "2026-11-22");
        browser.choose("meetingType", "URGENT");
        browser.type("attendees", "Chair (professional standards), GP adviser, RO delegate, LMC nominee");
        browser.type("concernsConsidered", "Two missed urgent referrals.");
        browser.select("decision", "Further investigation (comes back to the panel)");
        browser.type("reasons", "We need the practice's referral records before deciding.");
        browser.type("nextSteps", "The case manager gathers the records within four weeks.");
        browser.press("Complete this task");
        assertThat(browser.text()).contains("Done: Record the PAG/PSG discussion for " + key);
        browser.signOut();

        browser.signIn("casemanager");
        browser.open("/cases/" + key);
        String timeline = browser.driver().findElement(By.id("timeline")).findElement(By.xpath("following-sibling::table")).getText();
        assertThat(timeline).contains("Concern raised", "Done: Triage the concern", "Stratify the risk",
                "Done: Consider interim action", "Panel decided: Further investigation",
                "Waiting: Send the practitioner an update");
        browser.waitForPresence(By.cssSelector(".lotus-case-diagram--drawn .current-step"));
        browser.screenshot("case-page");

        browser.open("/tasks?search=" + key);
        browser.follow("Send the practitioner an update");
        assertThat(browser.driver().findElement(By.name("outcome")).getAttribute("value"))
                .contains("The panel needs to know more");
        browser.type("nextSteps", "We will ask the practice for its referral records. The panel will meet again in January.");
        browser.press("Complete this task");
        assertThat(browser.text()).contains("Done: Send the practitioner an update for " + key);
        browser.signOut();

        browser.signIn("practitioner");
        assertThat(browser.heading()).isEqualTo("Your case");
        browser.follow("Case " + key);
        assertThat(browser.heading()).isEqualTo("We are finding out more");
        browser.screenshot("portal-case");
        browser.driver().findElement(By.partialLinkText("Update after the panel")).click();
        assertThat(browser.heading()).isEqualTo("Your letter");
        assertThat(browser.text()).contains("Dear Dr Example", "The panel needs to know more",
                "We will ask the practice for its referral records.");
        String pdfUrl = browser.driver().findElement(By.partialLinkText("Download this letter")).getAttribute("href");
        Object download = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' ' + b.byteLength)));
                """, pdfUrl);
        assertThat(download.toString()).startsWith("application/pdf ");
        assertThat(Long.parseLong(download.toString().split(" ")[1])).isGreaterThan(1000);

        browser.follow("Back to your case");
        browser.choose("kind", "CALL_REQUEST");
        browser.type("message", "Could we talk about what the group needs from me?");
        browser.type("phone", "07700 900123");
        browser.press("Send");
        assertThat(browser.text()).contains("Thank you. Your case manager will call you soon.");
        browser.signOut();

        browser.signIn("casemanager");
        browser.open("/tasks?search=" + key);
        assertThat(browser.text()).contains("Reply to the practitioner");
    }

    @Test
    void signingInWorksFromTheKeyboardAlone() {
        browser.open("/login");
        WebElement signInPage = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(By.name("username")).sendKeys("wellbeing", Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys("demo", Keys.ENTER);
        // the sign-in page's own heading, read before the next page arrives, would be stale
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(signInPage));

        assertThat(browser.heading()).isEqualTo("Tasks");
    }
}
