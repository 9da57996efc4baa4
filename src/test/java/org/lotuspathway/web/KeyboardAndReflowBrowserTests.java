package org.lotuspathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.Keyboard;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What axe cannot see (WCAG 2.2 AA): a case manager raises a concern and triages it with the
 * keyboard alone, seeing where focus is at every step; an error summary takes focus, its titles
 * start "Error:" and its links lead to the fields; the case page says the pathway in words; and
 * the pages reflow at 320 px wide (400% zoom) without scrolling sideways.
 */
@PathwayTest
class KeyboardAndReflowBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        TestClock.startAt(TestClock.uk("2026-11-23T09:15"));
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aConcernRaisedAndTriagedWithTheKeyboardAlone() {
        browser.signIn("casemanager");
        Keyboard keys = new Keyboard(browser);

        keys.tabTo(By.linkText("Raise a concern"));
        keys.enter();
        keys.tabTo(By.xpath("//button[normalize-space()='Raise the concern']"));
        keys.enter();
        assertThat(browser.driver().getTitle()).startsWith("Error: Raise a concern");
        assertTheErrorSummaryTakesFocusAndLeadsToItsField(keys, "field-familyName");

        keys.typeInto("title", "Dr");
        keys.typeInto("givenNames", "Kay");
        keys.typeInto("familyName", "Board");
        keys.tabTo(By.name("profession")).sendKeys("GP");
        keys.tabTo(By.name("register")).sendKeys("General Medical");
        keys.typeInto("registerNumber", "7409001");
        keys.tabTo(By.name("source")).sendKeys("Clinical");
        keys.tick(By.cssSelector("input[name='concernAreas'][value='CLINICAL']"));
        keys.typeInto("summary", "Two urgent referrals were missed this month.");
        keys.typeDate("receivedOn", java.time.LocalDate.of(2026, 11, 20));
        assertThat(new Select(browser.driver().findElement(By.name("register"))).getFirstSelectedOption().getText())
                .isEqualTo("General Medical Council (GMC)");
        assertThat(browser.driver().findElement(By.name("receivedOn")).getDomProperty("value")).isEqualTo("2026-11-20");
        keys.tabTo(By.xpath("//button[normalize-space()='Raise the concern']"));
        keys.enter();
        String key = browser.heading().replace("Case ", "");
        assertThat(key).matches("PSC-\\d{4}-\\d{5}");

        keys.tabTo(By.linkText("Triage the concern"));
        keys.enter();
        assertThat(browser.driver().findElement(By.id("step-purpose")).getText())
                .startsWith("This step weighs how likely and how serious the concern is");
        keys.tabTo(By.xpath("//button[normalize-space()='Complete this task']"));
        keys.enter();
        assertThat(browser.driver().getTitle()).startsWith("Error: Triage the concern");
        assertTheErrorSummaryTakesFocusAndLeadsToItsField(keys, "field-likelihood");

        keys.chooseRadio("likelihood", 4);
        keys.chooseRadio("impact", 3);
        keys.chooseRadio("insight", 1);
        keys.typeInto("triageNotes", "Two missed urgent referrals; likely to recur without support.");
        keys.tabTo(By.xpath("//button[normalize-space()='Complete this task']"));
        keys.enter();
        assertThat(browser.text()).contains("Done: Triage the concern for " + key + ". Risk band high (score 20)");
        assertThat(keys.invisibleFocus()).as("controls whose focus cannot be seen").isEmpty();

        // The diagram's text equivalent: the steps in order, the current one marked.
        browser.open("/cases/" + key);
        keys.tabTo(By.cssSelector("#pathway-steps summary")).sendKeys(Keys.ENTER);
        List<String> steps = browser.driver().findElements(By.cssSelector("#pathway-steps li")).stream()
                .map(WebElement::getText).toList();
        assertThat(steps).startsWith("Triage the concern (done)", "Stratify the risk (done)")
                .contains("Consider interim action (current step)", "Record the PAG/PSG discussion (not reached)");
        assertThat(browser.driver().findElement(By.cssSelector("#pathway-steps li[aria-current='step']")).getText())
                .isEqualTo("Consider interim action (current step)");
    }

    @Test
    void everyPageReflowsAt320PixelsWithoutScrollingSideways() throws Exception {
        List<String> pages = new ArrayList<>();
        List<String> overflowing = new ArrayList<>();
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));

        throughBothJourneys(name -> reflows(name, pages, overflowing));

        assertThat(pages).hasSize(13);
        assertThat(overflowing).as("pages wider than 320 px (screenshots in target/screenshots/reflow-*)").isEmpty();
    }

    /**
     * WCAG 1.4.4: text resized to 200% (the page's own text size doubled, as a reader's setting does,
     * not zoom) at 1280 px loses nothing to sideways scrolling. The pages size their text in rem.
     */
    @Test
    void textResizedTo200PercentStillFitsTheWidth() throws Exception {
        List<String> pages = new ArrayList<>();
        List<String> overflowing = new ArrayList<>();
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        List<Double> signInHeading = new ArrayList<>();

        throughBothJourneys(name -> {
            if (pages.isEmpty()) {
                signInHeading.add(headingSize());
            }
            browser.heading();
            browser.driver().executeScript("document.documentElement.style.fontSize = '200%';");
            if (pages.isEmpty()) {
                assertThat(headingSize()).as("the heading's text doubled").isGreaterThanOrEqualTo(signInHeading.get(0) * 1.9);
            }
            reflows("text200-" + name, pages, overflowing);
        });

        assertThat(pages).hasSize(13);
        assertThat(overflowing).as("pages wider than 1280 px with text at 200% (screenshots in target/screenshots/text200-*)")
                .isEmpty();
    }

    private interface PageCheck {
        void at(String name) throws Exception;
    }

    /** The team's pages and the practitioner's, from sign-in, over a case decided at the panel. */
    private void throughBothJourneys(PageCheck check) throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "MONITOR");

        browser.open("/login");
        check.at("sign-in");
        browser.signIn("casemanager");
        check.at("task-list");
        browser.open("/tasks/" + driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getId());
        check.at("task-page");
        browser.open("/concerns/new");
        check.at("raise-a-concern");
        browser.open("/cases/" + key);
        check.at("case-page");
        browser.open("/cases");
        check.at("case-register");
        browser.open("/practitioners/GMC/7000001");
        check.at("practitioners-record");
        // found by the crawl: the members' table and the library's outcome filter were wider than 320 px
        browser.open("/meetings/new");
        check.at("schedule-a-meeting");
        browser.open("/learning");
        check.at("lessons-library");
        browser.signOut();
        driver.sendUpdate(key);

        browser.signIn("practitioner");
        check.at("portal-home");
        browser.open("/portal/cases/" + key);
        check.at("portal-case");
        browser.driver().findElement(By.partialLinkText("Update after the panel")).sendKeys(Keys.ENTER);
        browser.heading();
        check.at("portal-letter");
        browser.open("/portal/record/GMC/7000001");
        check.at("portal-record");
        browser.signOut();
    }

    private double headingSize() {
        browser.heading();
        return Double.parseDouble(String.valueOf(browser.driver().executeScript(
                "return parseFloat(getComputedStyle(document.querySelector('h1')).fontSize);")));
    }

    private void assertTheErrorSummaryTakesFocusAndLeadsToItsField(Keyboard keys, String firstFieldId) {
        WebElement summary = browser.driver().findElement(By.cssSelector(".nhsuk-error-summary"));
        assertThat(keys.focused()).as("focus on the error summary").isEqualTo(summary);
        List<WebElement> links = summary.findElements(By.tagName("a"));
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(browser.driver()
                .findElements(By.id(link.getDomAttribute("href").substring(1)))).as(link.getText()).hasSize(1));
        keys.focused().sendKeys(Keys.TAB);
        assertThat(keys.focused()).isEqualTo(links.get(0));
        keys.focused().sendKeys(Keys.ENTER);
        assertThat(keys.focused().getDomAttribute("id")).isEqualTo(firstFieldId);
    }

    private void reflows(String name, List<String> pages, List<String> overflowing) throws Exception {
        browser.heading();
        browser.screenshot("reflow-" + name);
        pages.add(name);
        Object widths = browser.driver().executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        List<?> both = (List<?>) widths;
        if (((Number) both.get(0)).longValue() > ((Number) both.get(1)).longValue()) {
            Object widest = browser.driver().executeScript("""
                    const width = document.documentElement.clientWidth;
                    return [...document.body.querySelectorAll('*')].map(e => [e.getBoundingClientRect().right + e.scrollWidth - e.clientWidth, e])
                        .sort((a, b) => b[0] - a[0]).slice(0, 4)
                        .map(([r, e]) => r + ' ' + e.tagName + '.' + e.className + '#' + e.id).join(', ');""");
            overflowing.add(name + " (" + browser.path() + ") is " + both.get(0) + " px wide: " + widest);
        }
    }
}
