package dev.storyprint.engine.text;

import java.util.Locale;

/** What the decoded text is: declared by content type or name, else sniffed from its start. */
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
        if (type.contains("html") || file.endsWith(".html") || file.endsWith(".htm") || file.endsWith(".xhtml")) {
            return HTML;
        }
        String start = start(text);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return HTML; // unmistakable markup, whatever the label says
        }
        boolean declaredText = type.startsWith("text/plain") || file.endsWith(".txt");
        if (declaredText) {
            return TEXT;
        }
        if (start.startsWith("{")) {
            return SNIFFED_JSON;
        }
        if (start.startsWith("<")) {
            for (String marker : HTML_MARKERS) {
                if (start.contains(marker)) {
                    return HTML;
                }
            }
        }
        return TEXT;
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
