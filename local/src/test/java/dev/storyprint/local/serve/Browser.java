package dev.storyprint.local.serve;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) under WebDriver.
 * The binaries are never downloaded (the network here reaches package registries only): tests
 * skip, saying why, when they are not installed; {@code .ci/run} installs them with apt-get.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("storyprint.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("storyprint.chromedriver", "/usr/bin/chromedriver"));
    /** A laptop and a phone, in CSS pixels. */
    static final Dimension LAPTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test class, with the reason, when Chromium or its driver is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium at " + CHROMIUM + " with its driver at " + CHROMEDRIVER
                        + ": browser tests skipped (apt-get install chromium chromium-driver; .ci/run does)");
    }

    static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("storyprint-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // root in a container: no sandbox; the network is closed, so nothing that phones home
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(LAPTOP);
        return new Browser(driver, profile);
    }

    /** Opens {@code url} and waits until the page's script has drawn it. */
    void open(String url) {
        driver.get(url);
        until(Duration.ofSeconds(30), "the page drawn at " + url, d -> ready() || !d.getPageSource().contains("storyprint-data"));
        if (!ready()) {
            String page = driver.getPageSource();
            throw new AssertionError("not a story page at " + url + ": " + page.substring(0, Math.min(400, page.length())));
        }
    }

    /** True once the page's script has drawn the page. */
    boolean ready() {
        return "true".equals(driver.findElement(org.openqa.selenium.By.tagName("body")).getAttribute("data-ready"));
    }

    /** Polls {@code condition} until it holds; fails with {@code what} when it never does. */
    void until(Duration timeout, String what, java.util.function.Predicate<ChromeDriver> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(driver)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The whole page at the window's width, into target/screenshots/{name}.png. */
    Path screenshot(String name, Dimension size) throws IOException {
        driver.manage().window().setSize(size);
        // the full document height, so the picture shows more than the first screen
        long height = ((Number) driver.executeScript("return Math.min(document.documentElement.scrollHeight, 2600)"))
                .longValue();
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.max(size.getHeight(), height)));
        driver.executeScript("window.scrollTo(0, 0)");
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Path out = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(LAPTOP);
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
