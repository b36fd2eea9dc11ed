package dev.storyprint.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.Reading;
import dev.storyprint.engine.analysis.Analyzer;
import dev.storyprint.engine.analysis.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** HTML pages, from clean to tag soup: the article body comes out as the plain text would read. */
class HtmlReadingTest {
    private final TextReader reader = TextReader.standard();

    private Article read(String html, String type, String name) {
        Reading r = reader.read(new Document(html.getBytes(StandardCharsets.UTF_8), type, name, Map.of()));
        assertInstanceOf(Reading.Accepted.class, r, () -> "rejected: " + r);
        return ((Reading.Accepted) r).article();
    }

    /** Escapes text for HTML and uses named entities for typography, as CMSs do. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")
                .replace("\u2019", "&rsquo;").replace("\u2014", "&mdash;");
    }

    /** A realistic news page around {@code text}: every paragraph a {@code <p>}, furniture all around. */
    static String page(String title, String text) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>").append(html(title)).append(" | Example Times</title>")
                .append("<meta property=\"og:title\" content=\"").append(html(title)).append("\">")
                .append("<meta property=\"og:site_name\" content=\"Example Times\">")
                .append("<meta property=\"article:published_time\" content=\"2019-07-08T10:00:00Z\">")
                .append("<link rel=canonical href=\"https://example.com/news/1\">")
                .append("<script>window.dataLayer=[];function track(){return 1<2&&3>2;}</script>")
                .append("<style>.share{display:flex}</style></head><body>")
                .append("<header class=site-header><a href=/>Example Times</a><nav><ul><li><a href=/world>World</a></li>")
                .append("<li><a href=/business>Business</a></li></ul></nav></header>")
                .append("<div class=\"ad ad-top\">Advertisement</div>")
                .append("<main><article><h1>").append(html(title)).append("</h1>")
                .append("<div class=byline>By Jane Doe, Example Times</div>")
                .append("<div class=\"social-share\"><button>Share on Facebook</button><button>Tweet</button>")
                .append("<a href=#>Email</a></div>")
                .append("<figure><img src=a.jpg alt=\"Harbour\"><figcaption>Ferries at dawn. (Jane Roe/Example)</figcaption></figure>")
                .append("<div class=article-body>");
        String[] paragraphs = text.split("\n");
        for (int i = 0; i < paragraphs.length; i++) {
            b.append("\n  <p>").append(html(paragraphs[i])).append("</p>");
            if (i == 1) {
                b.append("<div class=newsletter-signup><p>Sign up for our morning briefing.</p><form><input name=e>")
                        .append("</form></div><script>loadAd('mid')</script>");
            }
        }
        b.append("</div><aside class=related><h3>Related</h3><ul><li><a href=/2>Bus fares to rise</a></li></ul></aside>")
                .append("</article></main>")
                .append("<section class=\"recommended-stories\"><p>Ten things to do this weekend</p></section>")
                .append("<footer><p>\u00a9 2019 Example Times. All rights reserved.</p></footer>")
                .append("<script src=/app.js></script></body></html>");
        return b.toString();
    }

    private static List<String> terms(String text) {
        return Analyzer.standard().analyze(text).stream().map(Token::term).collect(Collectors.toList());
    }

    @Test
    void pageAndPlainTextYieldTheSameBody() {
        Article a = read(page("Council expands ferry service", TextReaderTest.PROSE), "text/html; charset=utf-8", "a.html");
        assertEquals(TextReaderTest.PROSE, a.text());
        assertEquals(terms(TextReaderTest.PROSE), terms(a.text()));
        assertEquals("Council expands ferry service", a.title());
        assertEquals("https://example.com/news/1", a.url());
        assertEquals("Example Times", a.source());
        assertEquals(Instant.parse("2019-07-08T10:00:00Z"), a.publishedAt());
    }

    @Test
    void sniffedWithoutTypeOrExtension() {
        Article a = read(page("Council expands ferry service", TextReaderTest.PROSE), null, "incoming/upload");
        assertEquals(TextReaderTest.PROSE, a.text());
    }

    @Test
    void seedAsPageAnalyzesLikeSeedAsText() throws IOException {
        String dir = System.getProperty("storyprint.shared.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "seeds")), "seeds not found under storyprint.shared.dir (skipping)");
        Path seed;
        try (Stream<Path> files = Files.list(Path.of(dir, "seeds"))) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("000")).findFirst().orElse(null);
        }
        assumeTrue(seed != null, "seed 000 not found (skipping)");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Article a = read(page("Trade talks to relaunch", text), "text/html", "seed.html");
        assertEquals(terms(text), terms(a.text()));
    }

    @Test
    void titleFallsBackToOgTitleThenTitleElement() {
        String body = "<div>" + paragraphs() + "</div>";
        assertEquals("OG", read("<html><head><title>T</title><meta property=og:title content=OG></head><body>" + body,
                "text/html", "a").title());
        assertEquals("T", read("<html><head><title>T</title></head><body>" + body, "text/html", "a").title());
    }

    private static String paragraphs() {
        return "<p>" + TextReaderTest.PROSE.replace("\n", "</p><p>") + "</p>";
    }

    @Test
    void sourceLineWrapsInsideParagraphsAreSpaces() {
        String wrapped = "<html><body><article><p>" + TextReaderTest.PROSE.replace("\n", "</p>\n<p>").replace(", ", ",\n   ")
                + "</p></article></body></html>";
        assertEquals(TextReaderTest.PROSE, read(wrapped, "text/html", "a").text());
    }

    @Test
    void plainTextServedAsHtmlKeepsItsLines() {
        assertEquals(TextReaderTest.PROSE, read(TextReaderTest.PROSE, "text/html", "a.html").text());
    }

    @Test
    void densestBlockWithoutArticleMarkup() {
        String soup = "<html><body><div id=top><p>Menu</p><p>Login</p></div><div><div class=story>" + paragraphs()
                + "</div></div><div class=links><p>Weather</p></div></body></html>";
        assertEquals(TextReaderTest.PROSE, read(soup, "text/html", "a").text());
    }

    @Test
    void unclosedTagsAndNestedTables() {
        String soup = "<html><body><table><tr><td><table><tr><td><b>Story<td>"
                + TextReaderTest.PROSE.replace("\n", "<p>").replace("council", "<i>council")
                + "</table></td></tr></table><p>unclosed <b>bold <i>italic";
        Article a = read(soup, "text/html", "a");
        assertTrue(a.text().contains("The city council voted on Tuesday"), a.text());
        assertTrue(a.text().contains("Opponents said the money"), a.text());
    }

    @Test
    void deepNestingIsReadWithoutStackOverflow() {
        int depth = 10_000;
        String soup = "<html><body>" + "<div>".repeat(depth) + paragraphs() + "</div>".repeat(depth)
                + "<span>".repeat(depth) + "x" + "</body></html>";
        Reading r = reader.read(new Document(soup.getBytes(StandardCharsets.UTF_8), "text/html", "deep.html", Map.of()));
        assertInstanceOf(Reading.Accepted.class, r, r::toString);
        assertTrue(((Reading.Accepted) r).article().text().contains("Opponents said the money"));
    }

    @Test
    void furnitureOnlyPageIsRejected() {
        Reading r = reader.read(new Document(("<html><body><nav>" + "<a href=#>Link</a> ".repeat(100) + "</nav>"
                + "<div class=cookie-consent><p>We use cookies.</p></div></body></html>").getBytes(StandardCharsets.UTF_8),
                "text/html", "a", Map.of()));
        assertEquals("no-article-text", ((Reading.Rejected) r).code());
    }

    @Test
    void htmlFurnitureHintsAreWholeWords() {
        assertTrue(HtmlExtractor.hasHint("social-share"));
        assertTrue(HtmlExtractor.hasHint("ad_slot ad"));
        assertFalse(HtmlExtractor.hasHint("header-shadow"));
        assertFalse(HtmlExtractor.hasHint("article-body"));
    }
}
