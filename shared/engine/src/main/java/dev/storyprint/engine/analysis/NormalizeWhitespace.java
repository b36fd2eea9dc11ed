package dev.storyprint.engine.analysis;

/**
 * Line breaks become {@code \n}; other whitespace runs become one space; lines are trimmed; runs of
 * blank lines become one blank line (a paragraph break in wrapped text).
 */
final class NormalizeWhitespace implements TextFilter {

    @Override
    public String apply(String text) {
        int n = text.length();
        // every char written consumes at least one input char ("\n\n" two breaks, " " a space run)
        char[] out = new char[n];
        int len = 0;
        int newlines = 0; // pending line breaks not yet written
        boolean space = false; // pending space inside a line
        boolean lineHasText = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7f || !isBreak(c) && !isSpace(c)) {
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
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
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

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\u000c';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
