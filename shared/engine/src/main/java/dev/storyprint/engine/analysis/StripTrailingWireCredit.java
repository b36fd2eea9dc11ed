package dev.storyprint.engine.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips an agency credit glued after the last sentence of a paragraph: a run of capitals right
 * after terminal punctuation ("... got a win."REUTERS", "... he said. AFP") or a dash and a short
 * capitalized name ("... he said. - Reuters", "... -- Wire services").
 */
final class StripTrailingWireCredit extends LineRule {
    /** Agency credits are one to three short words ("REUTERS", "AFP/BLOOMBERG", "NYT NEWS SERVICE"). */
    static final int MAX_CREDIT_CHARS = 30;
    /** Terminal punctuation, a dash, then up to three words, the first capitalized, to the line end. */
    private static final Pattern DASH_CREDIT = Pattern.compile(
            "(?<=[.!?\"'])\\s*-{1,2}\\s*\\p{Lu}[\\p{L}&/.]*(?:\\s[\\p{L}&/.]+){0,2}$");

    @Override
    String line(String line, long facts) {
        String stripped = capitalsCredit(line);
        return stripped != line || !LineFacts.any(facts, LineFacts.DASH) ? stripped : dashCredit(line);
    }

    private static String capitalsCredit(String line) {
        int k = line.length();
        int letters = 0;
        while (k > 0) {
            char c = line.charAt(k - 1);
            if (Character.isUpperCase(c)) {
                letters++;
            } else if (c != ' ' && c != '/' && c != '&') {
                break;
            }
            k--;
        }
        if (letters < 2 || k == 0 || line.length() - k > MAX_CREDIT_CHARS) {
            return line;
        }
        char before = line.charAt(k - 1);
        boolean terminal = before == '.' || before == '!' || before == '?' || before == '"' || before == '\'';
        if (!terminal || (before == '.' && k >= 2 && Character.isUpperCase(line.charAt(k - 2)))) {
            return line; // "in the U.S. NATO" style acronyms are not a credit boundary
        }
        return line.substring(0, k);
    }

    private static String dashCredit(String line) {
        int from = Math.max(0, line.length() - MAX_CREDIT_CHARS - 4);
        if (line.indexOf('-', from) < 0) {
            return line;
        }
        Matcher m = DASH_CREDIT.matcher(line);
        m.region(from, line.length());
        m.useTransparentBounds(true);
        return m.find() ? line.substring(0, m.start()) : line;
    }
}
