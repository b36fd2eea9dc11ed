package dev.storyprint.local.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A story of 200 articles (made-up text: one source, syndicated and spun copies posted through the
 * API in publication order) loads in under a second: the story page in a real Chromium, from the
 * start of navigation to the page drawn, median of five loads after one warm-up. The figures go to
 * stdout and target/screenshots/large-story-times.txt.
 */
class LargeStoryBrowserTest {
    static final int ARTICLES = 200;
    /** The bound for a story of 200 articles, locally. */
    static final long MAX_LOAD_MILLIS = 1000;
    static final int LOADS = 5;

    private static Serve serve;
    private static ServeClient client;
    private static Browser browser;
    private static String storyId;
    private static final List<String> ids = new ArrayList<>();
    private static final StringBuilder times = new StringBuilder();

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        serve = Serve.start(new Serve.Options(0, 0, null), ServeClient.template(), new ServeClient.Captured().stream);
        client = new ServeClient(serve);
        long t0 = System.nanoTime();
        String[] source = MadeUpStory.paragraphs(new Random(42));
        Instant published = Instant.parse("2026-05-04T06:00:00Z");
        // in publication order, each decided before the next (posting four at a time took as long: 58 s)
        for (int i = 0; i < ARTICLES; i++) {
            ids.add(post(source, i, published));
        }
        storyId = ids.get(0);
        record("posted %d articles in %d ms", ARTICLES, (System.nanoTime() - t0) / 1_000_000);
        browser = Browser.start();
    }

    private static String post(String[] source, int i, Instant published) throws Exception {
        ObjectNode post = ServeClient.JSON.createObjectNode();
        post.put("text", i == 0 ? String.join("\n\n", source) : MadeUpStory.copy(source, i));
        post.put("title", i == 0 ? "Harbour board backs the eastern quay plan" : "Quay plan approved (" + i + ")");
        post.put("source", i == 0 ? "Northport Courier" : "Outlet " + (i % 23));
        post.put("publishedAt", published.plusSeconds(60L * i).toString());
        HttpResponse<String> r = client.post("/articles", "application/json", post.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return ServeClient.json(r).get("articleId").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (serve != null) {
            serve.close();
        }
        if (times.length() > 0) {
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.writeString(Browser.SCREENSHOTS.resolve("large-story-times.txt"), times.toString());
        }
    }

    private static void record(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("large story: " + line);
        times.append(line).append('\n');
    }

    /** Milliseconds from navigation start to the page drawn, for each of {@link #LOADS} loads after a warm-up. */
    private static long[] loads(String url) {
        browser.open(url); // warm-up: the server's and the browser's first run of this page
        long[] ms = new long[LOADS];
        for (int i = 0; i < LOADS; i++) {
            browser.open(url);
            ms[i] = Long.parseLong(browser.driver.findElement(By.tagName("body")).getAttribute("data-drawn-ms"));
        }
        return ms;
    }

    private static long median(long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    @Test
    void theStoryPageOfTwoHundredArticlesLoadsInUnderASecond() throws Exception {
        String url = client.api.resolve("/ui/stories/" + storyId).toString();
        long[] ms = loads(url);
        record("story page (%d articles): %s ms, median %d ms", ARTICLES, Arrays.toString(ms), median(ms));
        assertEquals(ARTICLES, browser.driver.findElements(By.cssSelector(".timeline .event")).size(),
                "every article is on the timeline");
        assertEquals(ARTICLES, browser.driver.findElements(By.cssSelector(".tree li")).size(), "and in the tree");
        assertTrue(median(ms) < MAX_LOAD_MILLIS, "median " + median(ms) + " ms");
        browser.screenshot("large-story-page", Browser.LAPTOP);
    }

    @Test
    void aCopyViewInTheLargeStoryLoadsInUnderASecond() {
        String url = client.api.resolve("/ui/articles/" + ids.get(ARTICLES - 1)).toString();
        long[] ms = loads(url);
        record("copy view: %s ms, median %d ms", Arrays.toString(ms), median(ms));
        assertTrue(browser.driver.findElements(By.cssSelector(".side-source .para")).size() > 5);
        assertTrue(median(ms) < MAX_LOAD_MILLIS, "median " + median(ms) + " ms");
    }

    @Test
    void theStaticReportOfTheLargeStoryOpensInUnderASecond() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = client.post("/stories/" + storyId + "/report", "application/json", new byte[0]);
        long built = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = ServeClient.json(r);
        byte[] html = client.s3.getObjectAsBytes(b -> b.bucket(client.bucket).key(body.get("key").asText())).asByteArray();
        Path file = Browser.SCREENSHOTS.resolveSibling("report-large-story.html").toAbsolutePath();
        Files.write(file, html);
        long[] ms = loads(file.toUri().toString());
        record("static report: %d articles, %,d bytes, written in %d ms; opened in %s ms, median %d ms",
                body.get("articleCount").asInt(), html.length, built, Arrays.toString(ms), median(ms));
        assertEquals(ARTICLES, body.get("articleCount").asInt());
        assertEquals(ARTICLES, browser.driver.findElements(By.cssSelector(".timeline .event")).size());
        assertTrue(median(ms) < MAX_LOAD_MILLIS, "median " + median(ms) + " ms");
    }

    /** A made-up news story and its copies: nothing here is anyone's article. */
    static final class MadeUpStory {
        private static final String[] PEOPLE = {"Maria Alvarez", "Tomas Berg", "Aiko Tanaka", "Samuel Osei", "Lena Park"};
        private static final String[] PLACES = {"Northport", "Lake Verin", "Eastfield", "the western quay", "Harlow Bay"};
        private static final String[] THINGS = {"ferry berth", "sea wall", "fish market", "cargo terminal", "toll bridge",
            "dredging contract", "harbour fund", "night schedule"};
        private static final String[] VERBS = {"approve", "delay", "review", "fund", "rebuild", "extend"};
        /** What a crude spinner swaps. */
        private static final String[][] SPIN = {{"said", "stated"}, {"would", "might"}, {"plan", "scheme"},
            {"board", "panel"}, {"next", "following"}, {"million", "million"}, {"before", "prior to"}};

        static String[] paragraphs(Random r) {
            String[] out = new String[8];
            for (int p = 0; p < out.length; p++) {
                StringBuilder sb = new StringBuilder();
                for (int s = 0; s < 2; s++) {
                    sb.append(s == 0 ? "" : " ").append(pick(r, PEOPLE)).append(" said on Tuesday that the ")
                            .append(pick(r, THINGS)).append(" in ").append(pick(r, PLACES)).append(" would ")
                            .append(pick(r, VERBS)).append(" the ").append(pick(r, THINGS)).append(" plan before ")
                            .append(2027 + r.nextInt(4)).append(", after the board set aside ").append(10 + r.nextInt(90))
                            .append(" million dollars for the next ").append(pick(r, THINGS)).append('.');
                }
                out[p] = sb.toString();
            }
            return out;
        }

        /** Copy {@code i}: one paragraph left out, a credit line added, every fourth one spun. */
        static String copy(String[] source, int i) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0; p < source.length; p++) {
                if (p != i % source.length) {
                    String para = source[p];
                    if (i % 4 == 0) {
                        for (String[] swap : SPIN) {
                            para = para.replace(" " + swap[0] + " ", " " + swap[1] + " ");
                        }
                    }
                    sb.append(para).append("\n\n");
                }
            }
            return sb.append("(Reporting by the Outlet ").append(i % 23).append(" desk)").toString();
        }

        private static String pick(Random r, String[] from) {
            return from[r.nextInt(from.length)];
        }
    }
}
