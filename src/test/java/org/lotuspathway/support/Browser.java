package org.lotuspathway.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven as a person would: click labels, type, press buttons. A
 * missing browser fails the test with how to install it (CI installs it in .ci/run).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path downloads;

    public Browser(int port) {
        this(port, null);
    }

    /** A browser that saves what it downloads into {@code downloads}, without asking (see {@link #download}). */
    public Browser(int port, Path downloads) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium: "
                    + "apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-GB", "--window-size=1366,1000");
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        // The console, errors and Content-Security-Policy refusals included, for consoleErrors()
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port;
        this.downloads = downloads;
    }

    /** What the page wrote to the console as errors (a refused style or script among them) since last asked. */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public void signIn(String user) {
        open("/login");
        type("username", user);
        type("password", "demo");
        press("Sign in");
    }

    public void signOut() {
        press("Sign out");
        waitFor(By.cssSelector("h1"));
    }

    public void type(String fieldName, String text) {
        WebElement field = driver.findElement(By.name(fieldName));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value as the browser's locale shows it; set it as the form sends it. */
    public void date(String fieldName, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.name(fieldName)), isoDate);
    }

    public void choose(String fieldName, String value) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + fieldName + "'][value='" + value + "']"));
        driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }

    /** Chooses a file for a file input, as a person picking it would. */
    public void attach(String fieldName, Path file) {
        driver.findElement(By.name(fieldName)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Presses a button whose answer is a download, and waits for the file to be saved whole. */
    public Path download(String buttonText) {
        if (downloads == null) {
            throw new IllegalStateException("This browser was opened without a downloads folder");
        }
        driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")).click();
        return waitUpTo10Seconds().until(ignored -> {
            try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                // Chromium writes to hidden and .crdownload files first, then renames the whole file
                java.util.List<String> names = files.map(file -> file.getFileName().toString()).toList();
                boolean saving = names.stream().anyMatch(name -> name.startsWith(".") || name.endsWith(".crdownload"));
                return saving || names.isEmpty() ? null : downloads.resolve(names.get(0));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    public void select(String fieldName, String visibleText) {
        new Select(driver.findElement(By.name(fieldName))).selectByVisibleText(visibleText);
    }

    /** Presses a button that submits a form, and waits for the page that answers. */
    public void press(String buttonText) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")).click();
        waitUpTo10Seconds().until(gone(page));
    }

    public void follow(String linkText) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.linkText(linkText)).click();
        waitUpTo10Seconds().until(gone(page));
    }

    /**
     * The page has been replaced. Chromium sometimes answers a look at the old page, mid-navigation,
     * with "node does not belong to the document" rather than calling it stale: it is gone all the same.
     */
    private static ExpectedCondition<Boolean> gone(WebElement page) {
        return driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    public String heading() {
        return waitFor(By.cssSelector("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebElement waitFor(By locator) {
        return waitUpTo10Seconds()
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitForPresence(By locator) {
        waitUpTo10Seconds().until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Looks again every 50 ms, not WebDriverWait's every 500: most waits end within the first. */
    private WebDriverWait waitUpTo10Seconds() {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(50));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves what the browser shows, for people to look at (target/screenshots). */
    public Path screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        return Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
