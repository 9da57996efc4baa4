package org.lotuspathway.speakup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.support.AccessibilityReport;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole journey in a browser, as the people in it would take it: someone reads the guidance and
 * speaks up anonymously, keeping their code; a case manager asks them a question; they answer with
 * the code; the case manager accepts the report into the pathway.
 */
@PathwayTest
class SpeakUpBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ConcernRepository concerns;

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
    void anAnonymousConcernIsRaisedQuestionedAnsweredWithTheCodeAndAccepted() {
        AccessibilityReport accessibility = new AccessibilityReport("speak-up");
        browser.open("/speak-up");
        accessibility.check(browser, "speak up: guidance");
        assertThat(browser.text()).contains("Is someone in danger now?", "A rushed handover", "A receptionist overhears");
        browser.follow("Tell us about poor care");
        browser.press("Send");
        accessibility.check(browser, "speak up: the form with errors");
        browser.choose("route", "ANONYMOUS");
        browser.type("about.name", "Dr Ann Example");
        browser.select("about.profession", "GP");
        browser.type("about.workplace", "Riverside Surgery");
        browser.type("whatHappened", "The dentist's notes were changed weeks after the visits.");
        browser.choose("patientsAtRiskNow", "no");
        browser.press("Send");
        assertThat(browser.heading()).isEqualTo("We have your report");
        String reference = browser.driver().findElement(By.id("reference")).getText();
        String code = browser.driver().findElement(By.id("access-code")).getText();
        accessibility.check(browser, "speak up: received");

        browser.signIn("casemanager");
        browser.open("/speak-up/reports");
        accessibility.check(browser, "speak up: reports to screen");
        browser.follow(reference);
        accessibility.check(browser, "speak up: screening a report");
        assertThat(browser.driver().findElement(By.id("raiser")).getText()).contains("nothing identifying was kept");
        browser.choose("decision", "ASK");
        browser.type("question", "Which weeks were the notes changed?");
        browser.press("Record the screening");
        assertThat(browser.text()).contains("Your question is waiting");
        browser.signOut();

        browser.open("/speak-up/follow-up");
        browser.type("code", code);
        browser.press("See replies");
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("We have a question");
        assertThat(browser.text()).contains("Which weeks were the notes changed?");
        accessibility.check(browser, "speak up: follow up with the code");
        browser.type("answer", "The first two weeks of October.");
        browser.press("Send my answer");
        assertThat(browser.text()).contains("Thank you. We have your answer.");

        browser.signIn("casemanager");
        browser.open("/speak-up/reports/" + reference);
        assertThat(browser.text()).contains("The first two weeks of October.");
        browser.choose("decision", "ACCEPT");
        browser.select("register", "General Medical Council (GMC)");
        browser.type("registerNumber", "7000001");
        browser.choose("concernAreas", "PROBITY");
        browser.press("Record the screening");

        assertThat(browser.path()).startsWith("/cases/PSC-");
        assertThat(browser.text()).contains("Raised through speak up", "An anonymous raiser");
        String key = browser.path().substring("/cases/".length());
        assertThat(concerns.findByBusinessKey(key).orElseThrow().source()).isEqualTo(ConcernSource.ANONYMOUS);
        accessibility.writeAndAssertNoSeriousViolations();
    }
}
