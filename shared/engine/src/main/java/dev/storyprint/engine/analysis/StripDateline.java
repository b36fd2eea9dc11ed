package dev.storyprint.engine.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips a dateline prefix: an upper-case place ("WASHINGTON/NEW YORK", "BEIJING"), optionally a
 * date and an agency in parentheses, then a dash or colon ("BEIJING (Reuters) - ", "LONDON, July 8
 * (AFP) - "). Dashes and bullets were folded to " - " before this runs. Outlets print the same
 * dateline differently or not at all.
 */
final class StripDateline implements LineFilter {
    /** A dateline is short; only this many leading characters are examined (bounded matching). */
    static final int MAX_DATELINE_CHARS = 100;
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M}/,.' ]*?"
                    + "(?:,\\s*\\p{L}+\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
                    + "\\s*(?:\\([^()]{1,40}\\))?"
                    + "\\s*[-:]\\s+");

    @Override
    public List<String> apply(List<String> lines) {
        return LineFilter.each(lines, this::line);
    }

    String line(String line) {
        if (line.length() < 2 || !Character.isUpperCase(line.charAt(0)) || !Character.isUpperCase(line.charAt(1))) {
            return line; // a dateline opens with at least two capitals ("BEIJING", "NEW YORK")
        }
        Matcher m = DATELINE.matcher(line);
        m.region(0, Math.min(line.length(), MAX_DATELINE_CHARS));
        if (!m.lookingAt() || m.end() >= line.length()) {
            return line;
        }
        return line.substring(m.end());
    }
}
