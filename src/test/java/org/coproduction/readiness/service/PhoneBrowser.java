package org.coproduction.readiness.service;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A phone for tests: Debian's Chromium, headless, phone-sized (390 × 844, touch), driven through
 * its chromedriver, with the flags this machine needs (../shared/notes/RECIPES.md). Without
 * Chromium the calling test is skipped, except in CI (CI=true), which installs it (.ci/run) and so
 * must fail rather than pass without having looked at the page.
 */
public final class PhoneBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(30);
    /**
     * Selenium warns at every start that it has no DevTools classes for this Chromium's version; the
     * tests use only chromedriver's own commands, which do not need them. Held here so the level stays.
     */
    private static final java.util.logging.Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;

    private PhoneBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** Starts the browser with a new, empty profile in {@code profile}, or skips the test without one. */
    public static PhoneBrowser start(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "The phone page needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " to be tested in a browser: apt-get install chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI installs them, so their absence there is a failure).");
            }
            Assumptions.abort(message + "; skipped.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // RECIPES.md: without the networking flags Chromium floods this closed network with connections.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=390,844");
        // A phone's screen: its width, its viewport meta tag honoured, touch events.
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "touch", true)));
        // The driver is named outright: Selenium Manager would try to download one, and cannot here.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return new PhoneBrowser(driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens the address and joins as a person would: side, role, an optional name, Join. */
    public void join(String address, String side, String role, String name) {
        driver.get(address);
        waitFor(() -> driver.findElement(By.id("join-screen")).isDisplayed());
        tap("side-" + side);
        tap("role-" + role);
        if (name != null) {
            driver.findElement(By.id("name")).sendKeys(name);
        }
        driver.findElement(By.id("join-button")).click();
        waitFor(() -> driver.findElement(By.id("question-screen")).isDisplayed());
    }

    /** Taps the label of a choice, as a finger would, rather than the small radio button itself. */
    public void tap(String inputId) {
        driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
    }

    /** The heading of the screen shown: the question, on a question screen. */
    public String question() {
        return driver.findElement(By.id("question-heading")).getText();
    }

    /** Next, and waits for the next question (or the end) to show. */
    public void next() {
        String before = driver.findElement(By.id("progress-text")).getText();
        driver.findElement(By.id("next-button")).click();
        waitFor(() -> !driver.findElement(By.id("question-screen")).isDisplayed()
                || !driver.findElement(By.id("progress-text")).getText().equals(before));
    }

    public void waitFor(Supplier<Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(d -> condition.get());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
