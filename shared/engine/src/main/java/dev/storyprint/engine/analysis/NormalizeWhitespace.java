package dev.storyprint.engine.analysis;

/**
 * Line breaks become {@code \n}; other whitespace runs become one space; lines are trimmed; runs of
 * blank lines become one blank line (a paragraph break in wrapped text).
 */
final class NormalizeWhitespace implements TextFilter {

    @Override
    public String apply(String text) {
        int n = text.length();
        char[] in = CharScratch.of(text); // read only; loops over an array beat String.charAt
        int end = n;
        while (end > 0 && !isText(in[end - 1])) {
            end--; // trailing whitespace never reaches the output
        }
        int bad = firstAbnormal(in, end);
        if (bad < 0) {
            return end == n ? text : text.substring(0, end);
        }
        // the prefix up to the last text char before the first abnormal char is its own output:
        // copy it and resume in the state a text char leaves (no pending space or break)
        int last = bad - 1;
        while (last >= 0 && !isText(in[last])) {
            last--;
        }
        // every char written consumes at least one input char ("\n\n" two breaks, " " a space run)
        char[] out = new char[n];
        System.arraycopy(in, 0, out, 0, last + 1);
        int len = last + 1;
        int newlines = 0; // pending line breaks not yet written
        boolean space = false; // pending space inside a line
        boolean lineHasText = last >= 0;
        for (int i = last + 1; i < n; i++) {
            char c = in[i];
            if (isText(c)) {
                if (newlines > 0) {
                    out[len++] = '\n';
                    if (newlines == 2) {
                        out[len++] = '\n';
                    }
                    newlines = 0;
                } else if (space) {
                    out[len++] = ' ';
                }
                space = false;
                lineHasText = true;
                out[len++] = c;
            } else if (isBreak(c)) {
                if (c == '\r' && i + 1 < n && in[i + 1] == '\n') {
                    i++;
                }
                if (lineHasText || newlines > 0) {
                    newlines = Math.min(newlines + 1, 2);
                }
                space = false;
                lineHasText = false;
            } else {
                space = lineHasText;
            }
        }
        return new String(out, 0, len);
    }

    private static boolean isText(char c) {
        return c > ' ' && c < 0x7f || !isBreak(c) && !isSpace(c);
    }

    /**
     * The first index in {@code text[0, end)} (which ends with a text char) that breaks the output
     * form (single spaces between words, one or two {@code \n} between lines, nothing else), or -1
     * when there is none: most cleaned text is normal already, and then the copy is skipped.
     */
    private static int firstAbnormal(char[] text, int end) {
        boolean afterText = false;
        int newlines = 0;
        boolean afterSpace = false;
        for (int i = 0; i < end; i++) {
            char c = text[i];
            // ASCII text and the plain space first: isText's general case costs two table lookups
            if (c > ' ' && c < 0x7f || c != ' ' && c != '\n' && isText(c)) {
                afterText = true;
                afterSpace = false;
                newlines = 0;
            } else if (c == ' ') {
                if (!afterText || afterSpace || newlines > 0) {
                    return i;
                }
                afterSpace = true;
            } else if (c == '\n') {
                if (!afterText || afterSpace || newlines == 2) {
                    return i;
                }
                newlines++;
            } else {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\u000c';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
