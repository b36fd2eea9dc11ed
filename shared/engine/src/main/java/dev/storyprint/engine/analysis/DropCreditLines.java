package dev.storyprint.engine.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Drops wire credit and editing lines ("Further reporting by ...; Editing by ...", "(Reporting by
 * ...)", "... contributed to this report.", "This article first appeared in ..."): staff and
 * provenance credits, not the story.
 */
final class DropCreditLines extends LineRule {
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

    private static final String[] PRE_CHECK_ARRAY = PRE_CHECK.toArray(new String[0]);

    /** True when {@code line} contains one of {@link #PRE_CHECK}. */
    static boolean preCheck(String line) {
        for (String s : PRE_CHECK_ARRAY) {
            if (line.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The openers by their first two letters, case-folded ({@code c | 0x20}); null for other ASCII starts. */
    private static final String[][] OPENERS_BY_START = new String[1 << 14][];

    static {
        for (String opener : OPENERS) {
            int key = (opener.charAt(0) | 0x20) << 7 | (opener.charAt(1) | 0x20);
            String[] bucket = OPENERS_BY_START[key] == null ? new String[0] : OPENERS_BY_START[key];
            bucket = java.util.Arrays.copyOf(bucket, bucket.length + 1);
            bucket[bucket.length - 1] = opener;
            OPENERS_BY_START[key] = bucket;
        }
    }

    private static final String[] ALL_OPENERS = OPENERS.toArray(new String[0]);

    /** The openers that may start the line at {@code from}. */
    private static String[] candidates(String line, int from) {
        if (from + 1 >= line.length()) {
            return null; // every opener is longer
        }
        char a = line.charAt(from);
        char b = line.charAt(from + 1);
        if (a >= 0x80 || b >= 0x80) {
            return ALL_OPENERS; // beyond ASCII, case-insensitive matching has its own equalities ("\u0131" and "i")
        }
        return OPENERS_BY_START[(a | 0x20) << 7 | (b | 0x20)];
    }

    @Override
    String line(String line, long facts) {
        int from = 0;
        while (from < line.length() && (line.charAt(from) == '(' || line.charAt(from) == '[')) {
            from++;
        }
        String[] openers = candidates(line, from);
        if (openers != null) {
            for (String opener : openers) {
                int after = from + opener.length() + 1;
                if (Lines.startsWithIgnoreCase(line, from, opener) && after < line.length()
                        && Character.isUpperCase(line.charAt(after))) {
                    return null; // a name follows: "Reporting by Jane Doe"
                }
            }
        }
        // cheap pre-checks first: the facts (plain text is searched for PRE_CHECK once, not line by line)
        if (!LineFacts.any(facts, LineFacts.CREDIT) || LineFacts.words(facts) > MAX_WORDS || !preCheck(line)) {
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
