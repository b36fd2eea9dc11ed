package dev.storyprint.engine.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips a dateline prefix: an upper-case place ("WASHINGTON/NEW YORK", "BEIJING"), optionally a
 * date and an agency in parentheses, then a dash or colon ("BEIJING (Reuters) - ", "LONDON, July 8
 * (AFP) - "); also a title-case place with an agency ("Beijing (Reuters) - ") or the agency alone. Dashes and bullets were folded to " - " before this runs. Outlets print the same
 * dateline differently or not at all.
 */
final class StripDateline extends LineRule {
    /** A dateline is short; only this many leading characters are examined (bounded matching). */
    static final int MAX_DATELINE_CHARS = 100;
    /** An agency name: one to four capitalized words ("Reuters", "AFP", "Xinhua News Agency"). */
    static final String AGENCY = "\\p{Lu}[\\p{L}.&/]*(?: \\p{Lu}[\\p{L}.&/]*){0,3}";
    /** An agency in parentheses alone ("(Reuters) - "). */
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\(" + AGENCY + "\\)\\s*[-:]\\s+");
    /** A title-case place needs the agency to count ("Beijing (Reuters) - "): "Trump - " alone is prose. */
    private static final Pattern TITLE_CASE_PLACE = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:[ /]\\p{Lu}\\p{Ll}+){0,3}(?:,\\s*\\p{L}+\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
                    + "\\s*\\(" + AGENCY + "\\)\\s*[-:]\\s+");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M}/,.' ]*?"
                    + "(?:,\\s*\\p{L}+\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
                    + "\\s*(?:\\([^()]{1,40}\\))?"
                    + "\\s*[-:]\\s+");

    @Override
    String line(String line, long facts) {
        if (line.length() < 2) {
            return line;
        }
        Pattern pattern;
        if (line.charAt(0) == '(') {
            pattern = AGENCY_ONLY;
        } else if (!Character.isUpperCase(line.charAt(0))) {
            return line;
        } else if (Character.isUpperCase(line.charAt(1))) {
            pattern = DATELINE; // "BEIJING", "NEW YORK"
        } else if (LineFacts.any(facts, LineFacts.PAREN) && line.indexOf('(') > 0 && line.indexOf('(') < MAX_DATELINE_CHARS) {
            pattern = TITLE_CASE_PLACE;
        } else {
            return line;
        }
        Matcher m = pattern.matcher(line);
        m.region(0, Math.min(line.length(), MAX_DATELINE_CHARS));
        if (!m.lookingAt() || m.end() >= line.length()) {
            return line;
        }
        return line.substring(m.end());
    }
}
