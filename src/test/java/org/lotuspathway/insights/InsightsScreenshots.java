package org.lotuspathway.insights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.lotuspathway.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the screenshots of the insights and equality pages from a running app with demo data
 * (docs/learning.md), into docs/. A program, not a test: it checks nothing. With the app running
 * on port 8091 with demo cases, after {@code ./mvnw -q test-compile}:
 * {@code java -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" org.lotuspathway.insights.InsightsScreenshots 8091}.
 */
final class InsightsScreenshots {

    private InsightsScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        try (Browser browser = new Browser(Integer.parseInt(args[0]))) {
            browser.signIn("lead");
            shoot(browser, "/insights", "insights");
            shoot(browser, "/insights/equality?characteristic=ethnicity", "equality");
        }
    }

    private static void shoot(Browser browser, String path, String name) throws Exception {
        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.open(path);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> driver.findElements(By.cssSelector(
                ".lotus-chart svg")).size() == driver.findElements(By.cssSelector(".lotus-chart")).size());
        long height = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(1366, (int) height));
        Path shot = browser.screenshot(name);
        Files.copy(shot, Path.of("docs", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
