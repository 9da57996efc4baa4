package org.lotuspathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.meetings.Meeting;
import org.lotuspathway.meetings.MeetingFixtures;
import org.lotuspathway.meetings.MeetingSchedule;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.support.AccessibilityReport;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * WCAG 2.2 AA, as axe-core checks it, on the pages {@link AccessibilityBrowserTests} does not reach:
 * a meeting with a case on its agenda (a refused declaration, the outcome form and its errors), the
 * practitioner's record's change forms, sharing and importing learning, retention, subject access,
 * and a practitioner's copy of their data. The report is target/accessibility/records-and-meetings.md.
 */
@PathwayTest
class RecordAndMeetingPagesAccessibilityBrowserTests {

    static final String NUMBER = "7100202";

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
        TestClock.startAt(TestClock.uk("2026-11-18T10:00"));
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
    void meetingsRecordsLearningAndGovernancePages() {
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");
        String key = fixtures.moderateCaseAtThePanel("Dr Reg Example", NUMBER);
        AccessibilityReport report = new AccessibilityReport("records-and-meetings");

        browser.signIn("casemanager");
        browser.open("/meetings/" + meeting.id());
        assertThat(browser.text()).contains(key);
        report.check(browser, "meeting with an agenda");
        for (String part : new String[] {"registration", "performers-list", "vetting"}) {
            browser.open("/practitioners/GMC/" + NUMBER + "/" + part);
            report.check(browser, "practitioner's record: change the " + part);
        }
        browser.press("Save");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        report.check(browser, "practitioner's record: vetting with errors");
        browser.signOut();

        TestClock.startAt(TestClock.uk("2026-11-25T11:00"));
        browser.signIn(MeetingFixtures.CHAIR);
        browser.open("/meetings/" + meeting.id());
        browser.press("Declare");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        report.check(browser, "meeting, a declaration refused");
        browser.driver().findElement(By.partialLinkText("Record the outcome")).click();
        browser.heading();
        report.check(browser, "meeting: the panel's decision");
        browser.press("Record the decision");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        report.check(browser, "meeting: the panel's decision with errors");
        browser.signOut();

        browser.signIn("lead");
        browser.open("/learning/share");
        report.check(browser, "share learning");
        browser.open("/learning/share/import");
        report.check(browser, "import learning");
        browser.press("Import the bundle");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        report.check(browser, "import learning with errors");
        browser.signOut();

        browser.signIn("practitioner");
        browser.open("/portal/my-data");
        report.check(browser, "portal: a copy of my data");
        browser.signOut();

        browser.signIn("admin");
        browser.open("/admin/retention");
        report.check(browser, "retention and legal holds");
        browser.press("Place the hold");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        report.check(browser, "retention with errors");
        browser.open("/admin/subject-access");
        report.check(browser, "subject access");
        browser.type("number", NUMBER);
        browser.press("Start the export");
        report.check(browser, "subject access export");
        browser.signOut();

        report.writeAndAssertNoSeriousViolations();
    }
}
