package dev.storyprint.engine.text;

import java.util.Locale;

/**
 * What the decoded text is. A declared JSON type (or a .json name) is a claim the text must
 * live up to; otherwise the text decides, so the same bytes are read alike whatever Content-Type
 * an entrance sent: a leading brace is tried as JSON, markup is HTML, the rest is plain text.
 */
enum Format {
    TEXT, HTML, JSON, SNIFFED_JSON;

    private static final String[] HTML_MARKERS = {"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ",
            "<div", "<meta", "<title", "<section", "<main", "<h1", "<table", "<span", "<br"};
    private static final String[] FRAGMENT_MARKERS = {"</p>", "<p>", "<p ", "<br", "</div>", "</li>", "</h"};

    static Format of(String contentType, String name, String text) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String file = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (type.contains("json") || file.endsWith(".json")) {
            return JSON;
        }
        String start = start(text);
        if (start.startsWith("{")) {
            return SNIFFED_JSON;
        }
        return looksLikeHtml(start) ? HTML : TEXT;
    }

    /** A page (doctype, html element, or a tag opening the text) or text with paragraph markup in it. */
    private static boolean looksLikeHtml(String start) {
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return true;
        }
        if (start.startsWith("<")) {
            for (String marker : HTML_MARKERS) {
                if (start.contains(marker)) {
                    return true;
                }
            }
        }
        for (String marker : FRAGMENT_MARKERS) {
            if (start.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** A JSON "text" field holding markup: paragraphs or line breaks as tags. */
    static boolean looksLikeHtmlFragment(String text) {
        String start = start(text);
        if (start.startsWith("<")) {
            return true;
        }
        for (String marker : FRAGMENT_MARKERS) {
            if (start.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static String start(String text) {
        int from = 0;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return text.substring(from, Math.min(text.length(), from + Limits.SNIFF_CHARS)).toLowerCase(Locale.ROOT);
    }
}
