package dev.storyprint.engine.analysis;

/**
 * En/em dashes, horizontal bars, minus signs and bullets used as separators ("BEIJING —",
 * "NEW YORK •", "summit—a lowering") become a spaced ASCII hyphen " - ", so a dash glued to words
 * and a spaced one read the same. Hyphens inside words are left alone.
 */
final class FoldDashes implements TextFilter {

    /** Every separator it folds is beyond ASCII. */
    @Override
    public boolean keepsPlainAscii() {
        return true;
    }

    @Override
    public boolean keepsBeyondAscii(char c) {
        return !separator(c);
    }

    @Override
    public String apply(String text) {
        int n = text.length();
        char[] in = CharScratch.of(text);
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c >= '\u00b7' && separator(c)) {
                count++;
            }
        }
        if (count == 0) {
            return text; // no copy of the text just to find nothing
        }
        char[] out = new char[n + 2 * count];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c >= '\u00b7' && separator(c)) {
                out[len++] = ' ';
                out[len++] = '-';
                out[len++] = ' ';
            } else {
                out[len++] = c;
            }
        }
        return new String(out, 0, len);
    }

    static boolean separator(char c) {
        return c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2012' || c == '\u2212'
                || c == '\u2022' || c == '\u25aa' || c == '\u25cf' || c == '\u00b7';
    }
}
