package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEvent;
import org.lotuspathway.audit.AuditEventRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, under the real headers: our pages, the case diagram (which fetches its XML),
 * the lead's editors and Camunda's Cockpit and Tasklist all work, and the browser reports no Content
 * Security Policy violation; nothing the webapps send is refused by our rules on Camunda's APIs.
 * Debian's headless Chromium, as in WorkspaceBrowserTests.
 */
@PathwayTest
class ContentSecurityPolicyBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuditEventRepository audit;

    ChromeDriver chrome;
    WebappEngine webappEngine;

    @BeforeEach
    void startChromium() {
        webappEngine = WebappEngine.use(engine);
        if (!Files.isExecutable(Path.of("/usr/bin/chromium")) || !Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            throw new IllegalStateException("This test needs Debian's Chromium: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1366,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        chrome = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(
                Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
    }

    @AfterEach
    void stopChromium() {
        chrome.quit();
        webappEngine.close();
    }

    @Test
    void theTeamsPagesAndTheCaseDiagramWorkUnderThePolicy() {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        signIn("casemanager");

        open("/cases/" + key);
        waitFor(By.cssSelector(".lotus-case-diagram--drawn .djs-container"));
        open("/tasks");
        open("/tasks/" + taskId);
        open("/concerns/new");

        assertThat(violations()).isEmpty();
    }

    @Test
    void theLeadsEditorsWorkUnderThePolicy() {
        signIn("lead");
        for (String file : List.of("processes/concern-pathway.bpmn", "processes/triage-risk.dmn",
                "forms/triage-concern.form")) {
            open("/modeler/edit?file=" + file);
            // the page marks itself once its editor has drawn the file
            waitFor(By.cssSelector("body.lotus-editor-ready"));
        }
        open("/modeler/edit?file=processes/concern-pathway.bpmn");
        waitFor(By.cssSelector(".djs-container"));

        assertThat(violations()).isEmpty();
    }

    @Test
    void cockpitAndTasklistWorkUnderTheirOwnPolicyAndOurRulesAfterOurSignIn() {
        driver.raise();
        long lastLine = audit.findByActorOrderByIdAsc("admin").stream().mapToLong(AuditEvent::id).max().orElse(0);
        signIn("admin");
        open("/camunda/app/cockpit/default/");
        new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> d.getTitle().contains("Cockpit")
                && !d.findElements(By.cssSelector(".dashboard, [cam-widget-header], .navbar")).isEmpty());
        pause(Duration.ofSeconds(2));
        assertThat(chrome.getCurrentUrl()).contains("/camunda/app/cockpit/default/");
        open("/camunda/app/tasklist/default/");
        new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".task")).isEmpty());

        assertThat(violations()).isEmpty();
        assertThat(audit.findByActorOrderByIdAsc("admin")).as("requests of the webapps' own that our rules refused")
                .filteredOn(line -> line.id() > lastLine && line.action() == AuditAction.REFUSED).isEmpty();
    }

    private void signIn(String user) {
        open("/login");
        chrome.findElement(By.name("username")).sendKeys(user);
        chrome.findElement(By.name("password")).sendKeys("demo");
        chrome.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        chrome.get("http://localhost:" + port + path);
        waitFor(By.tagName("body"));
    }

    private void waitFor(By locator) {
        new WebDriverWait(chrome, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the browser's console said about the Content Security Policy, so far. */
    private List<String> violations() {
        return chrome.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }
}
