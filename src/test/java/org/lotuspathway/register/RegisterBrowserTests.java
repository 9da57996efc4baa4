package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register in a real browser: a case manager finds a practitioner by part of their name, opens
 * their record, records a DBS check that falls due within 60 days, and finds the reminder in their
 * task list the next morning, with the check beside it.
 */
@PathwayTest
class RegisterBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernIntake intake;
    @Autowired
    CheckReminders reminders;

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
    void findAPractitionerRecordADbsCheckAndSeeTheReminder() throws Exception {
        TestClock.startAt(TestClock.uk("2026-11-23T09:15"));
        String word = RegisterCases.uniqueWord();
        String number = RegisterCases.gmcNumber();
        String key = new RegisterCases(driver, intake).raise("Dr Zoë Ångström " + word, number);

        browser.signIn("casemanager");
        browser.follow("Cases");
        assertThat(browser.heading()).isEqualTo("Cases");
        browser.type("q", "angstr " + word.substring(0, 6));
        browser.press("Find cases");
        assertThat(text()).contains("Cases 1 to 1 of 1", key, "GP, GMC " + number);
        browser.screenshot("register");

        browser.follow("Dr Zoë Ångström " + word);
        assertThat(browser.heading()).isEqualTo("Dr Zoë Ångström " + word);
        assertThat(text()).contains("No DBS check recorded yet.", key);
        browser.follow("Record a DBS check");
        browser.select("level", "Enhanced with barred lists");
        browser.press("Save");
        assertThat(text()).contains("There is a problem", "Select which barred lists were checked",
                "Enter the date the certificate was issued");
        browser.select("workforce", "Adult and child workforce");
        browser.type("certificateNumber", "001234567890");
        browser.date("issuedOn", "2024-01-04");
        browser.press("Save");

        assertThat(text()).contains("DBS check recorded for Dr Zoë Ångström " + word, "********7890",
                "Next check due 4 January 2027");
        assertThat(browser.driver().findElement(By.cssSelector(".lotus-checks")).getText())
                .contains("Due soon", "DBS check: due 4 January 2027");
        assertThat(text()).doesNotContain("001234567890");
        browser.screenshot("practitioner-record");

        TestClock.startAt(TestClock.uk("2026-11-24T06:30"));
        reminders.remind();
        browser.open("/tasks?view=MINE&search=" + key);
        browser.follow("Follow up a practitioner's check that falls due");
        assertThat(text()).contains("Due by Monday 4 January 2027", "The practitioner's checks",
                "Due soon DBS check: due 4 January 2027");
        browser.type("whatWasDone", "Checked the certificate with the DBS: clear, renewal asked for.");
        browser.press("Complete this task");
        assertThat(text()).contains("Done: Follow up a practitioner's check that falls due for " + key);
    }

    /** What the page says, each run of spaces and line breaks as one space. */
    private String text() {
        return browser.text().replaceAll("\\s+", " ");
    }
}
