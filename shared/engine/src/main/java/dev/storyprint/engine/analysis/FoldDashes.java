package dev.storyprint.engine.analysis;

/**
 * En/em dashes, horizontal bars, minus signs and bullets used as separators ("BEIJING —",
 * "NEW YORK •", "summit—a lowering") become a spaced ASCII hyphen " - ", so a dash glued to words
 * and a spaced one read the same. Hyphens inside words are left alone.
 */
final class FoldDashes implements TextFilter {

    @Override
    public String apply(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !separator(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16);
        out.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (separator(c)) {
                out.append(" - ");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean separator(char c) {
        return c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2012' || c == '\u2212'
                || c == '\u2022' || c == '\u25aa' || c == '\u25cf' || c == '\u00b7';
    }
}
