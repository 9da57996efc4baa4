package org.lotuspathway.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, point 7, in a browser (the charts are drawn by insights/charts.js): insights open on the
 * last twelve months, as the docs say; with a single case an axis counts 0, 1 (it read "0.2 cases");
 * the equality page explains its reference figures in words, not by the names of settings.
 */
@PathwayTest
class InsightsDefaultsBrowserTests {

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
    void insightsOpenOnTheLastTwelveMonthsAndCountWholeCases() {
        browser.signIn("lead");
        browser.open("/insights");
        assertThat(browser.text()).contains("Counting cases raised from 1 December 2025 to 18 November 2026.");

        TestClock.startAt(TestClock.uk("2033-05-10T10:00"));
        driver.raise(PathwayDriver.concernAbout("Dr Only Case", "7464601"));
        browser.open("/insights?from=2033-05-01&to=2033-05-31");
        WebElement openCases = browser.waitFor(By.cssSelector("#open-cases svg"));
        List<String> ticks = openCases.findElements(By.cssSelector(".lotus-chart__label")).stream()
                .map(WebElement::getText).filter(text -> text.matches("[0-9.]+")).distinct().toList();
        assertThat(ticks).isNotEmpty().allSatisfy(tick -> assertThat(tick).matches("[0-9]+"));
        assertThat(ticks).contains("0", "1");

        browser.open("/insights/equality");
        assertThat(browser.text()).doesNotContain("lotus.equality").contains("the reference group, whose rate counts as 1");
    }
}
