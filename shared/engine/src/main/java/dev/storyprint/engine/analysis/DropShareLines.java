package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * Drops share, subscribe, follow and advertising lines ("Share this article", "Sign up for our
 * newsletter", "Like ... on Facebook"): page furniture that differs per outlet.
 */
final class DropShareLines extends LineRule {
    /** Page furniture is short; a long paragraph mentioning a newsletter is prose. */
    static final int MAX_WORDS = 20;
    private static final List<String> PHRASES = List.of(
            "share this", "share on", "share article", "subscribe", "sign up", "newsletter", "follow us",
            "click here", "read more", "download the app", "advertisement", "all rights reserved",
            "copyright", "\u00a9", "on facebook", "on twitter", "on instagram", "whatsapp", "recommended for you",
            "most read", "related articles", "related stories", "related coverage");

    private static final Phrases MATCHER = new Phrases(PHRASES);

    @Override
    String line(String line, long facts) {
        if (LineFacts.words(facts) > MAX_WORDS) {
            return line;
        }
        return MATCHER.foundIn(line, facts) ? null : line;
    }
}
