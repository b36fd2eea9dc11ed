package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a paragraph hard-wrapped on its own, in text where other paragraphs are not (a copy pasted
 * paragraph by paragraph from a mail or wire system): {@link UnwrapHardWrappedLines} looks at the
 * whole text, so one long unwrapped paragraph or a short headline keeps it from acting. A block of
 * lines between blank lines is a wrapped paragraph when its lines, all but the last, fill a column
 * (long and of similar length) and mostly stop mid-sentence. Headline, byline and paragraphs kept
 * one per line fail that test and stay apart.
 */
final class UnwrapWrappedBlocks implements LineFilter {
    /** Mail and wire wrap at 60-80 columns; a line shorter than this is a heading, byline or credit. */
    static final int MIN_WRAPPED_LINE_CHARS = 40;
    /** Word wrapping fills every line to at least about half the column (the next word did not fit). */
    static final double MIN_LENGTH_RATIO = 0.5;
    /** Share of a block's wrapped lines that must stop mid-sentence: paragraphs kept one per line end sentences. */
    static final double MIN_OPEN_LINE_SHARE = 0.5;

    @Override
    public List<String> apply(List<String> lines) {
        List<String> out = null;
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && !lines.get(i).isEmpty()) {
                continue;
            }
            // lines [start, i) form one block
            if (i - start >= 2 && wrapped(lines, start, i)) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, start));
                }
                out.add(String.join(" ", lines.subList(start, i)));
            } else if (out != null) {
                out.addAll(lines.subList(start, i));
            }
            if (i < lines.size() && out != null) {
                out.add(lines.get(i));
            }
            start = i + 1;
        }
        return out == null ? lines : out;
    }

    /** Lines {@code [from, to)}, at least two, none empty. */
    static boolean wrapped(List<String> lines, int from, int to) {
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        int open = 0;
        for (int i = from; i < to - 1; i++) {
            String line = lines.get(i);
            shortest = Math.min(shortest, line.length());
            longest = Math.max(longest, line.length());
            if (!Lines.endsLikeSentence(line)) {
                open++;
            }
        }
        int body = to - 1 - from;
        return shortest >= MIN_WRAPPED_LINE_CHARS && shortest >= MIN_LENGTH_RATIO * longest
                && open >= MIN_OPEN_LINE_SHARE * body;
    }
}
