package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The team's journey in a real browser: a case manager raises a concern and triages it as high
 * risk, the Responsible Officer considers interim action, a panel member records the decision,
 * and the case page's timeline shows every step. Then the case manager sends the practitioner
 * their update, and the practitioner reads it, downloads the letter and asks for a call, which
 * reaches the case manager's task list. Issue 16 on the way: the practitioner's phone number from
 * the portal reaches the check-in and urgent tasks, a mismatched registration number is caught at
 * intake, the wellbeing flag brings a check-in at once, the urgent task shows what the wellbeing
 * contact wrote, the diagram is readable, a call asked for on a closed case reaches a task, and
 * every notice arrives by email.
 */
@PathwayTest
class WorkspaceBrowserTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PathwayTest.SMTP_PORT, null,
            ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;
    @Autowired
    org.lotuspathway.notifications.OutboxSender sender;

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
        smtp.purgeEmailFromAllMailboxes();
        TestClock.startAt(TestClock.uk("2026-11-23T09:15")); // a Monday; the concern came in last Friday
        // An earlier case about the same practitioner, already closed (issue 16: a message on it reaches a task).
        String closed = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(closed, 1, 2);
        driver.complete(closed, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(closed);

        // The practitioner gives the number to reach them on (issue 16, point 2).
        browser.signIn("practitioner");
        browser.open("/portal/record");
        browser.follow("Change your contact details");
        browser.type("phone", "07700 900456");
        browser.choose("preferredWay", "PHONE");
        browser.type("bestTimes", "Weekdays after 5pm");
        browser.press("Save the contact details");
        assertThat(browser.text()).contains("Your contact details are saved", "07700 900456");
        browser.signOut();

        browser.signIn("casemanager");
        assertThat(browser.heading()).isEqualTo("Tasks");

        browser.follow("Raise a concern");
        browser.type("title", "Dr");
        browser.type("givenNames", "Anne");
        browser.type("familyName", "Example");
        browser.select("profession", "Dentist");
        browser.select("register", "General Medical Council (GMC)");
        browser.type("registerNumber", "7000001");
        browser.select("source", "Clinical colleague");
        browser.choose("concernAreas", "CLINICAL");
        browser.type("summary", "Colleagues report that urgent referrals have been missed twice this month.");
        browser.date("receivedOn", "2026-11-20");
        browser.press("Raise the concern");
        // The number belongs to Dr Ann Example, GP: caught, nothing filed (issue 16, point 1).
        assertThat(browser.driver().findElement(By.id("identity-check")).getText()).contains("Is this the same person?",
                "Dr Ann Example", "Dr Anne Example", "GP", "Dentist");
        browser.type("givenNames", "Ann");
        browser.select("profession", "GP");
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
        browser.choose("wellbeingConcern", "true");
        browser.type("wellbeingNotes", "Sounded very low when we spoke.");
        browser.press("Complete this task");
        assertThat(browser.text()).contains("Done: Triage the concern for " + key + ". Risk band high (score 20)",
                "Consider interim action, for Responsible Officer", "Check in on the practitioner's wellbeing");

        // Handed to the Responsible Officer by name: they are emailed (issue 16, point 4).
        browser.open("/tasks?view=ALL&search=" + key);
        browser.follow("Consider interim action");
        browser.select("assignee", "Robert Officer (ro)");
        browser.press("Reassign");
        browser.signOut();

        // The wellbeing contact checks in at once and finds an urgent concern (issue 16, points 6 and 2).
        browser.signIn("wellbeing");
        browser.open("/tasks?search=" + key);
        browser.follow("Check in on the practitioner's wellbeing");
        assertThat(browser.driver().findElement(By.id("practitioner-contact")).getText()).contains("07700 900456",
                "Weekdays after 5pm");
        browser.date("checkedInOn", "2026-11-23");
        browser.choose("contactMethod", "PHONE");
        browser.choose("outcome", "URGENT_CONCERN");
        browser.type("notes", "Said they feel alone and cannot sleep; agreed to call NHS Practitioner Health today.");
        browser.press("Complete this task");
        browser.signOut();

        browser.signIn("ro");
        browser.open("/tasks?search=" + key);
        browser.follow("Respond to an urgent wellbeing concern");
        assertThat(browser.driver().findElement(By.id("urgent-check-in")).getText())
                .contains("Said they feel alone and cannot sleep", "Urgent concern");
        assertThat(browser.driver().findElement(By.id("practitioner-contact")).getText()).contains("07700 900456");
        browser.open("/tasks?search=" + key);
        browser.follow("Consider interim action");
        assertThat(browser.driver().findElement(By.id("interim-triage")).getText()).contains("= 20");
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
        // Labels at least 12 px high on screen (issue 16, point 5): fitted to the width they were about 6 px.
        Object smallestLabel = browser.driver().executeScript("""
                const svg = document.querySelector('.lotus-case-diagram svg');
                const scale = svg.querySelector('g.viewport').getCTM().a;
                const sizes = [...svg.querySelectorAll('g.viewport text')].map(t => parseFloat(getComputedStyle(t).fontSize));
                return Math.min(...sizes) * scale;""");
        assertThat(((Number) smallestLabel).doubleValue()).isGreaterThanOrEqualTo(11.9);
        browser.driver().findElement(By.xpath("//button[normalize-space()='Full screen']")).click();
        assertThat(browser.driver().findElement(By.cssSelector(".lotus-case-diagram")).getAttribute("class"))
                .contains("lotus-case-diagram--full");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Close full screen']")).click();
        String who = browser.driver().findElement(By.id("timeline")).findElement(By.xpath("following-sibling::table")).getText();
        assertThat(who).contains("Done: Triage the concern");
        assertThat(browser.driver().findElements(By.cssSelector(".lotus-timeline-who")))
                .allSatisfy(cell -> assertThat(cell.getText()).isNotBlank());
        browser.screenshot("case-page");

        browser.open("/tasks?search=" + key);
        browser.follow("Send the practitioner an update");
        assertThat(browser.driver().findElement(By.name("outcome")).getAttribute("value"))
                .contains("The panel needs to know more");
        assertThat(browser.driver().findElement(By.id("letter-preview")).getText()).contains("Dear Dr Example");
        browser.type("nextSteps", "We will ask the practice for its referral records. The panel will meet again in January.");
        browser.press("Send the update");
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

        // A call asked for on the closed case reaches a task too (issue 16, point 4).
        browser.signIn("practitioner");
        browser.open("/portal/cases/" + closed);
        browser.choose("kind", "CALL_REQUEST");
        browser.type("message", "One more question about my earlier case.");
        browser.type("phone", "07700 900123");
        browser.press("Send");
        browser.signOut();

        browser.signIn("casemanager");
        browser.open("/tasks?search=" + key);
        assertThat(browser.text()).contains("Reply to the practitioner");
        browser.follow("Reply to the practitioner");
        assertThat(browser.driver().findElement(By.id("practitioner-messages")).getText())
                .contains("Could we talk about what the group needs from me?", "07700 900123");
        browser.open("/tasks?search=" + closed);
        assertThat(browser.text()).contains("Reply to the practitioner");

        // An email for each notice, received by the test SMTP server (issue 16, point 4).
        sender.sendDue();
        List<String> subjects = java.util.Arrays.stream(smtp.getReceivedMessages()).map(message -> {
            try {
                return message.getSubject() + " -> " + message.getAllRecipients()[0];
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(subjects).contains(
                "High-risk case: please consider interim action (" + key + ") -> ro@lotuspathway.example",
                "A task for you: Consider interim action (" + key + ") -> ro@lotuspathway.example",
                "URGENT wellbeing concern: please respond now (" + key + ") -> ro@lotuspathway.example",
                "The practitioner has written (" + key + ") -> casemanager@lotuspathway.example",
                "The practitioner has written (" + closed + ") -> casemanager@lotuspathway.example");
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
