package dev.storyprint.engine.analysis;

/**
 * Line breaks become {@code \n}; other whitespace runs become one space; lines are trimmed; runs of
 * blank lines become one blank line (a paragraph break in wrapped text).
 */
final class NormalizeWhitespace implements TextFilter {

    @Override
    public String apply(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int newlines = 0; // pending line breaks not yet written
        boolean space = false; // pending space inside a line
        boolean lineHasText = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\u000c') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (lineHasText || newlines > 0) {
                    newlines = Math.min(newlines + 1, 2);
                }
                space = false;
                lineHasText = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = lineHasText;
            } else {
                if (newlines > 0) {
                    out.append(newlines == 1 ? "\n" : "\n\n");
                    newlines = 0;
                } else if (space) {
                    out.append(' ');
                }
                space = false;
                lineHasText = true;
                out.append(c);
            }
        }
        return out.toString();
    }
}
