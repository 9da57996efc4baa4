package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser, the update page's reading age follows what the case manager types. */
@PathwayTest
class LetterDraftBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;

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
    void theReadingAgeIsWorkedOutAgainAsTheCaseManagerTypes() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Lee Live", "7800001"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.complete(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "panel-discussion", "pag", Map.of(
                "decision", "MONITOR", "meetingDate", driver.today().toString(),
                "concernsConsidered", "Two referrals that were sent late.", "reasons", "You kept good notes.",
                "nextSteps", "Dr Live will meet her appraiser in January."));
        browser.signIn("casemanager");
        browser.open("/tasks/" + driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getId());
        assertThat(browser.text()).contains("It will begin Dear Dr Live,", "On target");
        browser.screenshot("update-task-with-reading-age");

        browser.type("reasons", "Notwithstanding the aforementioned considerations, Dr Live's organisational "
                + "responsibilities necessitate comprehensive multidisciplinary evaluation of professional accountability "
                + "and the demonstration of sustained improvement across every dimension of clinical governance.");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".lotus-reading-age-raisers"), "multidisciplinary"));
        assertThat(browser.driver().findElement(By.cssSelector(".lotus-long-sentences")).getText())
                .startsWith("Notwithstanding the aforementioned considerations");
        assertThat(browser.driver().findElement(By.cssSelector(".lotus-third-person")).getText())
                .contains("Why the panel decided this: Dr Live");
        browser.screenshot("update-task-reading-age-after-typing");
    }
}
