package dev.storyprint.store.report;

import dev.storyprint.store.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders a {@link StoryReports} document as one self-contained HTML page: the stylesheet, the
 * script and the document itself are inline, and the page's content security policy forbids
 * loading anything else, so it works from a file, a pre-signed S3 URL or the local server alike.
 */
public final class ReportPage {
    /** Links between pages: the server's routes, or places inside one file. */
    public enum Mode {
        /** {@code /ui/stories/{id}} and {@code /ui/articles/{id}}, one document per page. */
        SERVER,
        /** One file holding every page, addressed by {@code #/stories/{id}} and {@code #/articles/{id}}. */
        BUNDLE
    }

    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");
    /** Nothing may load from elsewhere; inline style and script only. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    private ReportPage() {}

    public static String html(String title, Map<String, Object> document, Mode mode) {
        StringBuilder sb = new StringBuilder(CSS.length() + JS.length() + 4096);
        sb.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\">\n<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body data-mode=\"").append(mode.name().toLowerCase(java.util.Locale.ROOT))
                .append("\">\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"bar\"><span class=\"brand\">storyprint</span>")
                .append("<nav class=\"crumbs\" id=\"crumbs\" aria-label=\"Breadcrumb\"></nav>")
                .append("<span class=\"help\" id=\"help\"></span></header>\n")
                .append("<main id=\"main\" tabindex=\"-1\"><noscript>This page draws the story from the data it carries"
                        + " with JavaScript; please enable it.</noscript></main>\n")
                .append("<script type=\"application/json\" id=\"storyprint-data\">").append(json(document))
                .append("</script>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** The document as JSON safe inside a script element: no {@code <} can close it. */
    static String json(Map<String, Object> document) {
        return Json.write(document).replace("<", "\\u003c");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + ReportPage.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
