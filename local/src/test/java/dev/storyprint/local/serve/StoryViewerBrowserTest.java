package dev.storyprint.local.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The story viewer in a real headless Chromium: the seeds uploaded in file order to
 * {@code storyprint serve}, then its story page and the spun seed's copy view read as a person
 * would, by what is on the screen. Screenshots go to target/screenshots/.
 */
class StoryViewerBrowserTest {
    private static final String ORIGINAL = "000_3ee5f0e3c3a301fb.txt";
    private static final String SPUN = "001_13a4af3c81b602b9.txt";
    private static final String SYNDICATED = "004_c07e5aee2e7be1e9.txt";

    private static Serve serve;
    private static ServeClient client;
    private static Browser browser;
    /** Seed file name -> article id. */
    private static final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        String shared = System.getProperty("storyprint.shared.dir");
        Path seeds = shared == null ? null : Path.of(shared, "seeds");
        Assumptions.assumeTrue(seeds != null && Files.isRegularFile(seeds.resolve(ORIGINAL)),
                "no seeds at " + seeds + ": browser tests skipped (the shared directory sits beside the checkout in CI)");
        serve = Serve.start(new Serve.Options(0, 0, null), ServeClient.template(), new ServeClient.Captured().stream);
        client = new ServeClient(serve);
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) { // in file order, each decided before the next arrives
            byte[] bytes = Files.readAllBytes(f);
            String key = "incoming/" + f.getFileName();
            client.s3.putObject(b -> b.bucket(client.bucket).key(key).contentType("text/plain; charset=utf-8"),
                    RequestBody.fromBytes(bytes));
            String id = ArticleIds.of(key, bytes);
            client.awaitResult(id);
            ids.put(f.getFileName().toString(), id);
        }
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (serve != null) {
            serve.close();
        }
    }

    private static String page(String path) {
        return client.api.resolve(path).toString();
    }

    private static WebElement event(String articleId) {
        return browser.driver.findElement(By.cssSelector(".timeline .event[data-article-id='" + articleId + "']"));
    }

    @Test
    void theStoryPageShowsTheOriginalAndBothCopiesWithTheirLabels() throws Exception {
        String story = ids.get(ORIGINAL);
        browser.open(page("/ui/stories/" + story));
        assertEquals(3, browser.driver.findElements(By.cssSelector(".timeline .event")).size(),
                "the two unrelated seeds are stories of their own");
        Map<String, String> expected = Map.of(ORIGINAL, "original", SPUN, "spun", SYNDICATED, "syndicated");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            WebElement row = event(ids.get(e.getKey()));
            assertEquals(e.getValue(), row.getAttribute("data-label"));
            assertEquals(e.getValue().toUpperCase(java.util.Locale.ROOT),
                    row.findElement(By.cssSelector(".label")).getText().replaceAll("^\\W+", ""), "the label as read on screen");
            assertTrue(row.getText().contains(e.getKey()), "the article's name: " + row.getText());
            assertTrue(row.isDisplayed());
        }
        assertTrue(event(ids.get(SPUN)).getText().contains("spun copy of " + ORIGINAL), event(ids.get(SPUN)).getText());
        // the tree: both copies hang under the original
        WebElement root = browser.driver.findElement(By.cssSelector(".tree > li[data-article-id='" + story + "']"));
        List<String> children = new ArrayList<>();
        root.findElements(By.cssSelector(":scope > ul > li")).forEach(li -> children.add(li.getAttribute("data-article-id")));
        assertEquals(List.of(ids.get(SPUN), ids.get(SYNDICATED)), children);
        browser.screenshot("story-page", Browser.LAPTOP);
        browser.screenshot("story-page-phone", Browser.PHONE);
    }

    @Test
    void theSpunCopyShowsTheSpinnersSwapsAndTheSharedPassagesOnBothSides() throws Exception {
        browser.open(page("/ui/stories/" + ids.get(ORIGINAL)));
        // keyboard only: tab to the spun copy's link and follow it
        WebElement link = event(ids.get(SPUN)).findElement(By.cssSelector("a.name"));
        focusByTab(link);
        link.sendKeys(Keys.ENTER);
        browser.until(java.time.Duration.ofSeconds(30), "the copy view",
                d -> d.getCurrentUrl().contains("/ui/articles/" + ids.get(SPUN)) && browser.ready());

        assertSwap("said", "acknowledged");
        assertSwap("trade", "replace");

        // a shared passage: highlighted in the copy and, under the same pair, in the source
        List<WebElement> passages = browser.driver.findElements(By.cssSelector(".side-copy mark.same[data-pair]"));
        assertTrue(passages.size() > 10, "passages: " + passages.size());
        WebElement longest = passages.stream().max((x, y) -> x.getText().length() - y.getText().length()).orElseThrow();
        String pair = longest.getAttribute("data-pair");
        WebElement partner = browser.driver.findElement(By.cssSelector(".side-source mark.same[data-pair='" + pair + "']"));
        assertEquals(longest.getText().toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", " "),
                partner.getText().toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", " "));
        assertTrue(longest.isDisplayed() && partner.isDisplayed());
        String background = longest.getCssValue("background-color");
        assertFalse(background.equals("rgba(0, 0, 0, 0)"), "a highlight, by colour");
        assertTrue(longest.getCssValue("text-decoration-line").contains("underline"), "and by a second cue");

        // the evidence in plain words
        String why = browser.driver.findElement(By.cssSelector(".why-box")).getText();
        assertTrue(why.contains("\"said\" \u2192 \"acknowledged\""), why);
        assertTrue(why.contains("names and numbers line up"), why);

        // n walks the changes and says what each one is
        browser.driver.findElement(By.tagName("body")).sendKeys("n");
        String status = browser.driver.findElement(By.cssSelector(".status")).getText();
        assertTrue(status.startsWith("Change 1 of "), status);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertTrue(focused.getAttribute("class").contains("seg"), "the change has the focus: " + focused.getAttribute("class"));

        browser.screenshot("copy-view", Browser.LAPTOP);
        browser.screenshot("copy-view-phone", Browser.PHONE);
    }

    @Test
    void theStaticReportOpensFromAFileWithoutAServer() throws Exception {
        String story = ids.get(ORIGINAL);
        HttpResponse<String> r = client.post("/stories/" + story + "/report", "application/json", new byte[0]);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = ServeClient.json(r);
        byte[] html = client.s3.getObjectAsBytes(b -> b.bucket(client.bucket).key(body.get("key").asText())).asByteArray();
        Path file = Browser.SCREENSHOTS.resolveSibling("report-" + story + ".html").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, html);
        browser.open(file.toUri().toString());
        assertEquals(3, browser.driver.findElements(By.cssSelector(".timeline .event")).size());
        event(ids.get(SYNDICATED)).findElement(By.cssSelector("a.name")).click();
        browser.until(java.time.Duration.ofSeconds(10), "the copy view", d -> !d.findElements(By.cssSelector(".side-copy")).isEmpty());
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/articles/" + ids.get(SYNDICATED)));
        // house style: the copy's US$300 is the source's $300, shown as written differently
        WebElement styled = browser.driver.findElements(By.cssSelector(".side-copy .styled")).stream()
                .filter(e -> e.getText().equals("US$300")).findFirst().orElseThrow();
        assertEquals("the other side writes: $300", styled.getAttribute("title"));
        assertFalse(browser.driver.findElements(By.cssSelector(".side-source .para.only")).isEmpty(),
                "paragraphs the syndicated copy left out");
        browser.screenshot("copy-view-syndicated", Browser.LAPTOP);
    }

    @Test
    void aCopyRelabelledByALateSourceShowsBothLabelsAndWhy() throws Exception {
        String[] source = LargeStoryBrowserTest.MadeUpStory.paragraphs(new java.util.Random(7));
        // the copy arrives first and is taken for an original; its source, published earlier, arrives next
        String copyId = postJson(LargeStoryBrowserTest.MadeUpStory.copy(source, 3), "Late copy", "2026-05-04T09:00:00Z")
                .get("articleId").asText();
        JsonNode sourceVerdict = postJson(String.join("\n\n", source), "Early source", "2026-05-04T06:00:00Z");
        String sourceId = sourceVerdict.get("articleId").asText();
        assertEquals("original", sourceVerdict.get("label").asText(), sourceVerdict.toString());
        browser.open(page("/ui/stories/" + sourceVerdict.get("storyId").asText()));
        assertEquals("Early source", browser.driver.findElement(By.tagName("h1")).getText(), "named after its original");
        WebElement row = event(copyId);
        assertEquals("syndicated", row.getAttribute("data-label"));
        WebElement history = row.findElement(By.cssSelector(".history"));
        String text = history.getText();
        assertTrue(text.contains("was ORIGINAL") || text.contains("was \u25cf ORIGINAL") || text.matches("(?s).*was\\W+ORIGINAL.*"),
                text);
        assertTrue(text.contains("now") && text.contains("SYNDICATED"), text);
        assertTrue(text.toLowerCase(Locale.ROOT).contains("published earlier") || text.contains(sourceId)
                || text.contains("Early source"), "and why: " + text);
        browser.screenshot("story-page-relabelled", Browser.LAPTOP);
    }

    private static JsonNode postJson(String text, String title, String publishedAt) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode post = ServeClient.JSON.createObjectNode();
        post.put("text", text);
        post.put("title", title);
        post.put("source", "Made-up Outlet");
        post.put("publishedAt", publishedAt);
        HttpResponse<String> r = client.post("/articles", "application/json",
                post.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return ServeClient.json(r);
    }

    private static void assertSwap(String from, String to) {
        WebElement swap = browser.driver.findElements(By.cssSelector(".side-copy mark.swap")).stream()
                .filter(e -> e.getText().equalsIgnoreCase(to) && from.equalsIgnoreCase(e.getAttribute("data-other")))
                .findFirst().orElseThrow(() -> new AssertionError("no swap " + from + " -> " + to + " marked in the copy"));
        assertTrue(swap.isDisplayed());
        assertTrue(swap.getCssValue("text-decoration-style").contains("wavy"), "a second cue beside the colour");
        WebElement partner = browser.driver.findElement(By.cssSelector(".side-source mark.swap[data-pair='"
                + swap.getAttribute("data-pair") + "']"));
        assertEquals(from, partner.getText().toLowerCase(java.util.Locale.ROOT));
    }

    /** Presses Tab until {@code target} has the focus: the page is usable without a mouse. */
    private static void focusByTab(WebElement target) {
        WebElement body = browser.driver.findElement(By.tagName("body"));
        body.click();
        for (int i = 0; i < 60; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            if (browser.driver.switchTo().activeElement().equals(target)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target.getText());
    }
}
