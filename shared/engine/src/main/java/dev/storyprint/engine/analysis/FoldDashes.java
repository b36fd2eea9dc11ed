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
        int[] at = null; // where the separators stand
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c >= '\u00b7' && separator(c)) {
                if (at == null || count == at.length) {
                    at = at == null ? new int[16] : java.util.Arrays.copyOf(at, 2 * count);
                }
                at[count++] = i;
            }
        }
        if (count == 0) {
            return text; // no copy of the text just to find nothing
        }
        char[] out = new char[n + 2 * count];
        int len = 0;
        int from = 0;
        for (int k = 0; k < count; k++) { // the text between separators by block copies
            int run = at[k] - from;
            System.arraycopy(in, from, out, len, run);
            len += run;
            out[len++] = ' ';
            out[len++] = '-';
            out[len++] = ' ';
            from = at[k] + 1;
        }
        System.arraycopy(in, from, out, len, n - from);
        len += n - from;
        return new String(out, 0, len);
    }

    static boolean separator(char c) {
        return c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2012' || c == '\u2212'
                || c == '\u2022' || c == '\u25aa' || c == '\u25cf' || c == '\u00b7';
    }
}
