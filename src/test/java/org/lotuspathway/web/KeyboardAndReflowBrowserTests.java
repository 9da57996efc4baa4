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
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "MONITOR");
        List<String> pages = new ArrayList<>();
        List<String> overflowing = new ArrayList<>();
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));

        browser.open("/login");
        reflows("sign-in", pages, overflowing);
        browser.signIn("casemanager");
        reflows("task-list", pages, overflowing);
        browser.open("/tasks/" + driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getId());
        reflows("task-page", pages, overflowing);
        browser.open("/concerns/new");
        reflows("raise-a-concern", pages, overflowing);
        browser.open("/cases/" + key);
        reflows("case-page", pages, overflowing);
        browser.open("/cases");
        reflows("case-register", pages, overflowing);
        browser.open("/practitioners/GMC/7000001");
        reflows("practitioners-record", pages, overflowing);
        browser.signOut();
        driver.sendUpdate(key);

        browser.signIn("practitioner");
        reflows("portal-home", pages, overflowing);
        browser.open("/portal/cases/" + key);
        reflows("portal-case", pages, overflowing);
        browser.driver().findElement(By.partialLinkText("Update after the panel")).sendKeys(Keys.ENTER);
        browser.heading();
        reflows("portal-letter", pages, overflowing);
        browser.open("/portal/record/GMC/7000001");
        reflows("portal-record", pages, overflowing);
        browser.signOut();

        assertThat(pages).hasSize(11);
        assertThat(overflowing).as("pages wider than 320 px (screenshots in target/screenshots/reflow-*)").isEmpty();
    }

    /**
     * WCAG 1.4.4: text resized to 200% (the page's own text size doubled, as a reader's setting does,
     * not zoom) at 1280 px loses nothing to sideways scrolling. The pages size their text in rem.
     */
    @Test
    void textResizedTo200PercentStillFitsTheWidth() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "MONITOR");
        List<String> pages = new ArrayList<>();
        List<String> overflowing = new ArrayList<>();
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));

        browser.open("/login");
        double before = headingSize();
        textAt200("sign-in", pages, overflowing);
        assertThat(headingSize()).as("the heading's text doubled").isGreaterThanOrEqualTo(before * 1.9);
        browser.signIn("casemanager");
        textAt200("task-list", pages, overflowing);
        browser.open("/tasks/" + driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getId());
        textAt200("task-page", pages, overflowing);
        browser.open("/concerns/new");
        textAt200("raise-a-concern", pages, overflowing);
        browser.open("/cases/" + key);
        textAt200("case-page", pages, overflowing);
        browser.open("/cases");
        textAt200("case-register", pages, overflowing);
        browser.open("/practitioners/GMC/7000001");
        textAt200("practitioners-record", pages, overflowing);
        browser.signOut();
        driver.sendUpdate(key);

        browser.signIn("practitioner");
        textAt200("portal-home", pages, overflowing);
        browser.open("/portal/cases/" + key);
        textAt200("portal-case", pages, overflowing);
        browser.driver().findElement(By.partialLinkText("Update after the panel")).sendKeys(Keys.ENTER);
        textAt200("portal-letter", pages, overflowing);
        browser.signOut();

        assertThat(pages).hasSize(10);
        assertThat(overflowing).as("pages wider than 1280 px with text at 200% (screenshots in target/screenshots/text200-*)")
                .isEmpty();
    }

    private double headingSize() {
        browser.heading();
        return Double.parseDouble(String.valueOf(browser.driver().executeScript(
                "return parseFloat(getComputedStyle(document.querySelector('h1')).fontSize);")));
    }

    private void textAt200(String name, List<String> pages, List<String> overflowing) throws Exception {
        browser.heading();
        browser.driver().executeScript("document.documentElement.style.fontSize = '200%';");
        reflows("text200-" + name, pages, overflowing);
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
