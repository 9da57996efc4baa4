package org.lotuspathway.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journey of issue 19 in a real browser: a case manager adds the complaint letter to a case
 * and schedules a PAG meeting; the case, reaching the panel, is on its agenda and in the papers,
 * whose first page is drawn and not blank; at the meeting the
 * chair records the decision from the meeting page; the case's update task follows, due 5 working
 * days after the meeting.
 */
@PathwayTest
class MeetingBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;
    @Autowired
    MeetingSchedule schedule;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffDirectory staff;

    Browser browser;
    MeetingFixtures fixtures;

    @BeforeEach
    void openBrowser() {
        fixtures = new MeetingFixtures(schedule, driver, jdbc, staff);
        fixtures.freshStart();
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        fixtures.noMeetingsLeft();
    }

    @Test
    void aCaseGoesOnTheAgendaAndItsDecisionIsRecordedAtTheMeeting() throws Exception {
        TestClock.startAt(TestClock.uk("2026-11-23T09:15")); // a Monday
        String key = driver.raise(PathwayDriver.concernAbout("Dr Agenda Journey", "7403001"));
        driver.triageAs(key, 3, 3);

        browser.signIn("casemanager");
        browser.open("/cases/" + key);
        Path letter = Files.writeString(Files.createTempFile("complaint", ".txt"),
                "The patient's letter of 2 November about a missed referral.\n");
        browser.type("title", "Complaint letter");
        browser.select("kind", "Complaint");
        browser.driver().findElement(By.id("document-file")).sendKeys(letter.toString());
        browser.press("Add the document");
        assertThat(browser.text()).contains("Added “Complaint letter” (Plain text,");
        assertThat(browser.driver().findElements(By.cssSelector(".lotus-document"))).hasSize(1);

        browser.follow("Meetings");
        browser.follow("Schedule a meeting");
        browser.date("date", "2026-11-30");
        browser.date("time", "10:00");
        browser.type("place", "Room 4, Quarry House");
        member(0, MeetingFixtures.CHAIR, "Chair");
        member(1, MeetingFixtures.ADVISER, "Clinical adviser");
        member(2, MeetingFixtures.DELEGATE, "Responsible Officer's delegate");
        member(3, MeetingFixtures.LAY, "Lay member");
        member(4, MeetingFixtures.SECRETARY, "Secretary");
        browser.press("Schedule the meeting");
        assertThat(browser.heading()).as(browser.text()).isEqualTo("PAG meeting, Monday 30 November 2026, 10:00");
        String meetingPath = browser.path();

        driver.complete(key, org.lotuspathway.process.ConcernPathway.TASK_GATHER_INFORMATION, "investigation",
                "casemanager", java.util.Map.of("findings", "Two referrals were delayed during a locum gap"));
        browser.open(meetingPath);
        assertThat(browser.driver().findElement(By.cssSelector(".lotus-agenda-item h3")).getText())
                .contains(key, "Dr Agenda Journey");
        browser.screenshot("meeting-agenda");
        String papersUrl = browser.driver().findElement(By.linkText("Download the papers (PDF)")).getAttribute("href");
        Object papers = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {
                  let text = ''; new Uint8Array(b).forEach(byte => text += String.fromCharCode(byte));
                  done(r.headers.get('content-disposition') + ' ' + btoa(text));
                }));
                """, papersUrl);
        String[] answer = papers.toString().split(" ");
        assertThat(papers.toString()).startsWith("attachment;");
        byte[] pdf = java.util.Base64.getDecoder().decode(answer[answer.length - 1]);
        java.awt.image.BufferedImage firstPage = org.lotuspathway.support.Pdfs.renderPage(pdf, 0, 50,
                Path.of("target", "screenshots", "meeting-papers-from-the-browser.png"));
        assertThat(inkOn(firstPage)).as("the papers' first page is not blank").isGreaterThan(500);
        assertThat(org.lotuspathway.support.Pdfs.text(pdf)).contains("Case " + key + ": Dr Agenda Journey",
                "CONFIDENTIAL", "Two referrals were delayed during a locum gap");
        browser.signOut();

        TestClock.startAt(TestClock.uk("2026-11-30T11:40"));
        browser.signIn(MeetingFixtures.CHAIR);
        browser.open(meetingPath);
        browser.driver().findElement(By.cssSelector("a[href$='/items/" + itemOf(key) + "']")).click();
        assertThat(browser.heading()).isEqualTo("The panel's decision on case " + key);
        for (String present : new String[] {MeetingFixtures.CHAIR, MeetingFixtures.ADVISER, MeetingFixtures.DELEGATE,
                MeetingFixtures.LAY, MeetingFixtures.SECRETARY}) {
            browser.choose("present", present);
        }
        browser.type("discussion", "The complaint letter and the investigation's findings.");
        browser.select("decision", "Local support or remediation plan");
        browser.type("reasons", "The delays were during a locum gap, and the practice has changed its process.");
        browser.type("nextSteps", "The case manager agrees a support plan with the practitioner.");
        browser.press("Record the decision");
        assertThat(browser.text()).contains("Recorded the panel's decision on case " + key);
        assertThat(browser.driver().findElement(By.cssSelector(".lotus-agenda-status")).getText()).startsWith("Discussed");
        browser.signOut();

        browser.signIn("casemanager");
        browser.open("/cases/" + key);
        assertThat(browser.driver().findElement(By.xpath("//h2[normalize-space()='Where the case is now']/following-sibling::ul"))
                .getText()).contains("Send the practitioner an update", "due Monday 7 December 2026");
        assertThat(browser.text()).contains("Round 1: Local support or remediation plan (30 November 2026)");
    }

    private static long inkOn(java.awt.image.BufferedImage page) {
        long ink = 0;
        for (int x = 0; x < page.getWidth(); x++) {
            for (int y = 0; y < page.getHeight(); y++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 160) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private long itemOf(String key) {
        return jdbc.queryForObject("select i.id from agenda_item i join concern c on c.id = i.concern_id"
                + " where c.business_key = ?", Long.class, key);
    }

    private void member(int row, String username, String role) {
        new Select(browser.driver().findElement(By.id("member-" + row))).selectByValue(username);
        new Select(browser.driver().findElement(By.id("role-" + row))).selectByVisibleText(role);
    }
}
