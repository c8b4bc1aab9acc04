package fr.pasapas.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (never a downloaded one), in a tablet-sized
 * window. Waits for pages explicitly instead of sleeping.
 */
final class Browser implements AutoCloseable {

    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";

    final WebDriver driver;
    private final WebDriverWait wait;

    Browser(int width, int height) {
        if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
            throw new IllegalStateException("Debian's chromium and chromium-driver are required: "
                    + "apt-get install -y chromium chromium-driver (the README's test command does it)");
        }
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=fr-FR", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().window().setSize(new Dimension(width, height));
        // The page itself gets exactly width x height, as on a tablet (the window size includes browser chrome).
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
        driver = chrome;
        // polled often: a page of this application loads in a few milliseconds, half a second per wait adds up
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(20));
    }

    static Browser tablet() {
        return new Browser(360, 640);
    }

    void open(String path) {
        driver.get(Deployments.baseUrl() + (path.startsWith("/") ? path.substring(1) : path));
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks and waits for the next page to replace this one. */
    void clickAndWaitForPage(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__pasapasOldPage = true;");
        tap(element);
        wait.ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.__pasapasOldPage === undefined && document.readyState === 'complete';")));
    }

    /** Taps an element as a learner would: scrolled to the middle of the screen first, clear of the sticky bar. */
    void tap(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Waits for the page that a script-triggered submission loads (after window.__pasapasOldPage was set). */
    void clickAndWaitForPageAfterScript() {
        wait.ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.__pasapasOldPage === undefined && document.readyState === 'complete';")));
    }

    /**
     * Logs a learner in. A learner who has not yet accepted their organisation's charter (a learner just created)
     * accepts it on the way, as they would: that page has its own tests (CharterIT, LoginCardsIT).
     */
    void loginAsLearner(String username, String pin) {
        open("login.xhtml");
        find("#username").sendKeys(username);
        find("#secret").sendKeys(pin);
        clickAndWaitForPage(find("#submit"));
        if (driver.getCurrentUrl().contains("/learner/charter.xhtml")) {
            clickAndWaitForPage(find("#accept\\:go"));
        }
    }

    void loginAsStaff(String username, String password) {
        open("login.xhtml?staff=true");
        find("#username").sendKeys(username);
        find("#secret").sendKeys(password);
        clickAndWaitForPage(find("#submit"));
    }

    /** Runs axe-core on the page: a learner page must have no accessibility violation at all. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            StringBuilder report = new StringBuilder("axe-core found accessibility violations on " + page + ":");
            for (Rule rule : violations) {
                report.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                        .append(rule.getHelp());
                rule.getNodes().forEach(n -> report.append("\n    at ").append(n.getTarget()));
            }
            screenshot("AXE-" + page);
            throw new AssertionError(report.toString());
        }
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("pasapas.screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
