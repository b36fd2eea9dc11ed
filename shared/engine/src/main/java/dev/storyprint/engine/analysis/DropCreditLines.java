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

    private static boolean containsAny(String line, String[] strings) {
        for (String s : strings) {
            if (line.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] OPENER_ARRAY = OPENERS.toArray(new String[0]);
    private static final String[] PRE_CHECK_ARRAY = PRE_CHECK.toArray(new String[0]);
    /** The openers' first two letters, case-folded ({@code c | 0x20}): other ASCII starts skip the prefix tests. */
    private static final boolean[] OPENER_STARTS = new boolean[1 << 14];

    static {
        for (String opener : OPENERS) {
            OPENER_STARTS[(opener.charAt(0) | 0x20) << 7 | (opener.charAt(1) | 0x20)] = true;
        }
    }

    private static boolean mayOpen(String line, int from) {
        if (from + 1 >= line.length()) {
            return false; // every opener is longer
        }
        char a = line.charAt(from);
        char b = line.charAt(from + 1);
        // beyond ASCII, case-insensitive matching has its own equalities ("\u0131" and "i"): test in full
        return a >= 0x80 || b >= 0x80 || OPENER_STARTS[(a | 0x20) << 7 | (b | 0x20)];
    }

    @Override
    public String line(String line, long facts) {
        int from = 0;
        while (from < line.length() && (line.charAt(from) == '(' || line.charAt(from) == '[')) {
            from++;
        }
        if (mayOpen(line, from)) {
            for (String opener : OPENER_ARRAY) {
                int after = from + opener.length() + 1;
                if (Lines.startsWithIgnoreCase(line, from, opener) && after < line.length()
                        && Character.isUpperCase(line.charAt(after))) {
                    return null; // a name follows: "Reporting by Jane Doe"
                }
            }
        }
        // cheap pre-checks first (indexOf is an intrinsic)
        if (LineFacts.words(facts) > MAX_WORDS || !containsAny(line, PRE_CHECK_ARRAY)) {
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
