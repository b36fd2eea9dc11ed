package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text hard-wrapped at a fixed width (e-mail, wire feeds) has paragraphs split over several
 * lines; the other line filters treat a line as a paragraph, so such text is joined back into
 * paragraphs (blank lines separate them, except where the next line carries on an open sentence).
 * Unwrapped text passes through untouched.
 */
final class UnwrapHardWrappedLines implements LineFilter {
    /** Wrapped text needs a few lines before its shape says anything. */
    static final int MIN_LINES = 5;
    /** Wire and mail wrapping is at 60-80 columns; longer lines are paragraphs, not wrapped. */
    static final int MAX_WRAP_WIDTH = 100;
    /** Share of lines ending mid-sentence above which the text is considered wrapped. */
    static final double MIN_OPEN_LINE_SHARE = 0.5;

    @Override
    public List<String> apply(List<String> lines) {
        if (!wrapped(lines)) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int blanks = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                blanks++;
            } else {
                if (blanks > 0 && !continues(paragraph, line)) {
                    flush(paragraph, out);
                    for (; blanks > 0; blanks--) {
                        out.add("");
                    }
                }
                blanks = 0;
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(paragraph, out);
        for (; blanks > 0; blanks--) {
            out.add("");
        }
        return out;
    }

    /**
     * Whether {@code next}, after blank lines, carries on the sentence of {@code paragraph}: pages
     * copied with every wrapped line double-spaced ("A NASA spacecraft" / "rammed an asteroid ...")
     * put a blank line inside sentences, and a new paragraph does not start in lower case.
     */
    static boolean continues(CharSequence paragraph, String next) {
        if (paragraph.length() == 0 || Lines.endsLikeSentence(paragraph.toString())) {
            return false;
        }
        int c = next.codePointAt(0);
        return Character.isLowerCase(c) || Character.isDigit(c);
    }

    private static void flush(StringBuilder paragraph, List<String> out) {
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    static boolean wrapped(List<String> lines) {
        int count = 0;
        int open = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > MAX_WRAP_WIDTH) {
                return false;
            }
            count++;
            if (!Lines.endsLikeSentence(line)) {
                open++;
            }
        }
        return count >= MIN_LINES && open >= MIN_OPEN_LINE_SHARE * count;
    }
}
