package dev.storyprint.engine.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Drops wire credit and editing lines ("Further reporting by ...; Editing by ...", "(Reporting by
 * ...)", "... contributed to this report.", "This article first appeared in ..."): staff and
 * provenance credits, not the story.
 */
final class DropCreditLines implements LineRule {
    /** Credit lines are short; a long paragraph that mentions "contributed" is prose. */
    static final int MAX_WORDS = 60;
    private static final List<String> OPENERS = List.of(
            "reporting by", "additional reporting", "further reporting", "writing by", "editing by",
            "edited by", "compiled by", "produced by", "with reporting by", "reporting and writing by",
            "graphic by", "graphics by");
    private static final List<String> CONTAINS = List.of(
            "contributed to this report", "contributed reporting", "contributed to this article",
            "contributed to this story", "; editing by", "first appeared in", "originally appeared in",
            "originally published", "was first published", "appeared in print", "republished with permission");

    /** Every phrase of {@link #CONTAINS} holds one of these (case as written): the cheap test before lower-casing. */
    static final List<String> PRE_CHECK = List.of("ontribut", "diting by", "ppeared", "ublished");
    /** A rare three-letter run of each {@link #PRE_CHECK} string, in order: {@link LineFacts#CREDIT_HINT} looks for them. */
    static final List<String> PRE_CHECK_ANCHORS = List.of("ibu", "g b", "ppe", "she");

    private static boolean containsAny(String line, List<String> strings) {
        for (String s : strings) {
            if (line.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** First letters of {@link #OPENERS}: other ASCII-initial lines skip the prefix tests. */
    private static final String OPENER_INITIALS = "rafwecpg";

    private static boolean mayOpen(String line, int from) {
        if (from >= line.length()) {
            return false;
        }
        char c = line.charAt(from);
        return c >= 0x80 || OPENER_INITIALS.indexOf(c | 0x20) >= 0;
    }

    @Override
    public String line(String line, long facts) {
        int from = 0;
        while (from < line.length() && (line.charAt(from) == '(' || line.charAt(from) == '[')) {
            from++;
        }
        if (mayOpen(line, from)) {
            for (String opener : OPENERS) {
                int after = from + opener.length() + 1;
                if (Lines.startsWithIgnoreCase(line, from, opener) && after < line.length()
                        && Character.isUpperCase(line.charAt(after))) {
                    return null; // a name follows: "Reporting by Jane Doe"
                }
            }
        }
        // cheap pre-checks first: the facts' anchor hint, then the strings (indexOf is an intrinsic)
        if (!LineFacts.any(facts, LineFacts.CREDIT_HINT) || !containsAny(line, PRE_CHECK)
                || LineFacts.words(facts) > MAX_WORDS) {
            return line;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String phrase : CONTAINS) {
            if (lower.contains(phrase)) {
                return null;
            }
        }
        return line;
    }
}
