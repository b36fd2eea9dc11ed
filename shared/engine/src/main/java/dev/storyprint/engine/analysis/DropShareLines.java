package dev.storyprint.engine.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Drops share, subscribe, follow and advertising lines ("Share this article", "Sign up for our
 * newsletter", "Like ... on Facebook"): page furniture that differs per outlet.
 */
final class DropShareLines implements LineFilter {
    /** Page furniture is short; a long paragraph mentioning a newsletter is prose. */
    static final int MAX_WORDS = 20;
    private static final List<String> PHRASES = List.of(
            "share this", "share on", "share article", "subscribe", "sign up", "newsletter", "follow us",
            "click here", "read more", "download the app", "advertisement", "all rights reserved",
            "copyright", "\u00a9", "on facebook", "on twitter", "on instagram", "whatsapp", "recommended for you",
            "most read", "related articles", "related stories", "related coverage");

    @Override
    public List<String> apply(List<String> lines) {
        return LineFilter.each(lines, this::line);
    }

    String line(String line) {
        if (Lines.wordCount(line, MAX_WORDS) > MAX_WORDS) {
            return line;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String phrase : PHRASES) {
            if (lower.contains(phrase)) {
                return null;
            }
        }
        return line;
    }
}
