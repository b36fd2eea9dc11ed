package dev.storyprint.engine.analysis;

import java.util.Arrays;

/**
 * Line breaks become {@code \n}; other whitespace runs become one space; lines are trimmed; runs of
 * blank lines become one blank line (a paragraph break in wrapped text).
 */
final class NormalizeWhitespace implements TextFilter {

    @Override
    public String apply(String text) {
        char[] in = text.toCharArray();
        char[] out = new char[in.length + 1];
        int len = 0;
        int newlines = 0; // pending line breaks not yet written
        boolean space = false; // pending space inside a line
        boolean lineHasText = false;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (c > ' ' && c < 0x7f || !isBreak(c) && !isSpace(c)) {
                if (newlines > 0) {
                    out = ensure(out, len + 2);
                    out[len++] = '\n';
                    if (newlines == 2) {
                        out[len++] = '\n';
                    }
                    newlines = 0;
                } else if (space) {
                    out = ensure(out, len + 1);
                    out[len++] = ' ';
                }
                space = false;
                lineHasText = true;
                out = ensure(out, len + 1);
                out[len++] = c;
            } else if (isBreak(c)) {
                if (c == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
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

    private static char[] ensure(char[] out, int size) {
        return size <= out.length ? out : Arrays.copyOf(out, Math.max(size, out.length * 2));
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\u000c';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
