package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * Strips an upper-case agency credit glued after the last sentence ("... got a win."REUTERS",
 * "... he said. AFP"): a trailing run of capitals right after terminal punctuation.
 */
final class StripTrailingWireCredit implements LineFilter {
    /** Agency credits are one to three short words ("REUTERS", "AFP/BLOOMBERG", "NYT NEWS SERVICE"). */
    static final int MAX_CREDIT_CHARS = 30;

    @Override
    public List<String> apply(List<String> lines) {
        return LineFilter.each(lines, this::line);
    }

    String line(String line) {
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
}
