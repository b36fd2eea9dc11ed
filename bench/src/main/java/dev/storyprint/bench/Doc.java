package dev.storyprint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A headline and its paragraphs: the unit every transform reads and writes. */
record Doc(String title, List<String> paragraphs) {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘]?[A-Z0-9])");

    /** Longest first line still taken for a headline. */
    static final int MAX_HEADLINE_WORDS = 20;

    Doc {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Plain text as an outlet would publish it: headline, blank line, paragraphs. */
    String render() {
        StringBuilder sb = new StringBuilder();
        if (title != null && !title.isBlank()) {
            sb.append(title).append("\n\n");
        }
        sb.append(String.join("\n\n", paragraphs)).append('\n');
        return sb.toString();
    }

    int wordCount() {
        int n = 0;
        for (String p : paragraphs) {
            n += words(p);
        }
        return n;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(paragraph.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Parses plain text laid out as headline line, then paragraphs separated by blank lines or newlines. */
    static Doc parse(String text) {
        String[] lines = text.replace("\r\n", "\n").strip().split("\n");
        String first = lines[0].strip();
        // a headline is short and unpunctuated; the seeds start straight with the lead paragraph
        boolean headline = words(first) <= MAX_HEADLINE_WORDS && !first.matches(".*[.!?\"”]$");
        String title = headline ? first : null;
        List<String> paras = new ArrayList<>();
        for (int i = headline ? 1 : 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty()) {
                paras.add(l);
            }
        }
        return new Doc(title, paras);
    }
}
