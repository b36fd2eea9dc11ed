package dev.storyprint.engine.analysis;

import dev.storyprint.engine.text.Scripts;

/** Small character-scanning helpers shared by the line filters (no regex in hot paths). */
final class Lines {
    private Lines() {}

    /** Words are runs of non-space characters (lines are whitespace-normalized already). */
    static int wordCount(String line, int stopAfter) {
        int words = 0;
        int n = line.length();
        int i = 0;
        while (true) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= n || ++words > stopAfter) {
                return words;
            }
            // the rest of the word by indexOf (a vectorized intrinsic), not char by char
            int space = line.indexOf(' ', i);
            if (space < 0) {
                return words;
            }
            i = space + 1;
        }
    }

    /**
     * True when the line ends like a sentence: terminal punctuation, possibly inside quotes or
     * brackets ("... it.\"", "(... 2019.)"). A bare closing quote or bracket is not enough: headlines
     * and credits end that way ("Talks called \"frank\"", "(Greg Baker/AFP)").
     */
    static boolean endsLikeSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && isCloser(line.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = line.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == ';' || Scripts.isFullStop(c);
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']';
    }

    static boolean startsWithIgnoreCase(String line, int from, String prefix) {
        return line.regionMatches(true, from, prefix, 0, prefix.length());
    }
}
