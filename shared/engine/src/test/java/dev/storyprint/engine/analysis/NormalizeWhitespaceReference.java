package dev.storyprint.engine.analysis;

/** The char-by-char rewrite before resuming after the normal prefix, kept to pin the fast one:
 * Line breaks become {@code \n}; other whitespace runs become one space; lines are trimmed; runs of
 * blank lines become one blank line (a paragraph break in wrapped text).
 */
final class NormalizeWhitespaceReference implements TextFilter {

    @Override
    public String apply(String text) {
        int end = text.length();
        while (end > 0 && !isText(text.charAt(end - 1))) {
            end--; // trailing whitespace never reaches the output
        }
        if (alreadyNormal(text, end)) {
            return end == text.length() ? text : text.substring(0, end);
        }
        int n = text.length();
        // every char written consumes at least one input char ("\n\n" two breaks, " " a space run)
        char[] out = new char[n];
        int len = 0;
        int newlines = 0; // pending line breaks not yet written
        boolean space = false; // pending space inside a line
        boolean lineHasText = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
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

    private static boolean isText(char c) {
        return c > ' ' && c < 0x7f || !isBreak(c) && !isSpace(c);
    }

    /**
     * True when {@code text[0, end)} (which ends with a text char) is already in the output form:
     * single spaces between words, one or two {@code \n} between lines, nothing else. Most cleaned
     * text is, and then the copy is skipped.
     */
    private static boolean alreadyNormal(String text, int end) {
        boolean afterText = false;
        int newlines = 0;
        boolean afterSpace = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            // ASCII text and the plain space first: isText's general case costs two table lookups
            if (c > ' ' && c < 0x7f || c != ' ' && c != '\n' && isText(c)) {
                afterText = true;
                afterSpace = false;
                newlines = 0;
            } else if (c == ' ') {
                if (!afterText || afterSpace || newlines > 0) {
                    return false;
                }
                afterSpace = true;
            } else if (c == '\n') {
                if (!afterText || afterSpace || newlines == 2) {
                    return false;
                }
                newlines++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\u000c';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
