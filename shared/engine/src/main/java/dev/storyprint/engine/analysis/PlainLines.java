package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text filters and the line split in one scan, for the common case: text of printable ASCII
 * already in {@link NormalizeWhitespace}'s output form (single spaces inside lines, one or two
 * {@code \n} between lines, nothing at the start), up to trailing whitespace. Every other text
 * filter keeps such text unchanged and NormalizeWhitespace only trims its end, so its lines are
 * the split of the trimmed text. The same scan finds each line's {@link LineFacts}. Anything else
 * gives null: the caller runs the filters.
 */
final class PlainLines {
    private PlainLines() {}

    /** Lines and their facts, index by index. */
    record Split(List<String> lines, long[] facts) {}

    /** Any of these in a line's facts: the text is not in the plain form. */
    private static final int NOT_PLAIN = LineFacts.NON_ASCII | LineFacts.CONTROL | LineFacts.LOOSE_SPACE;

    /** True when {@code filters} end with NormalizeWhitespace and all before it keep plain ASCII. */
    static boolean appliesTo(List<TextFilter> filters) {
        if (filters.isEmpty() || !(filters.get(filters.size() - 1) instanceof NormalizeWhitespace)) {
            return false;
        }
        for (TextFilter filter : filters.subList(0, filters.size() - 1)) {
            if (!filter.keepsPlainAscii()) {
                return false;
            }
        }
        return true;
    }

    /** The lines of {@code text} after the text filters, with their facts, or null when the plain form does not hold. */
    static Split split(String text) {
        return split(text, true);
    }

    /**
     * The lines of text that went through the text filters (NormalizeWhitespace's output form, any
     * chars), with their facts: the same scan, without the plain-form tests.
     */
    static Split normalized(String text) {
        return split(text, false);
    }

    private static Split split(String text, boolean plainOnly) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                break;
            }
            end--;
        }
        if (end == 0) {
            return new Split(new ArrayList<>(List.of("")), new long[1]);
        }
        char[] chars = CharScratch.of(text);
        List<String> lines = new ArrayList<>(Math.max(4, end >>> 7)); // news paragraphs run to hundreds of chars
        long[] facts = new long[Math.max(4, end >>> 7)];
        int[] starts = new int[facts.length];
        boolean blankBefore = true; // a break at the very start, or a third one in a row, is not plain form
        int start = 0;
        while (start <= end) {
            int nl = text.indexOf('\n', start); // a vectorized intrinsic
            int stop = nl < 0 || nl > end ? end : nl;
            long f = 0;
            if (stop == start) {
                if (blankBefore && plainOnly) {
                    return null;
                }
                blankBefore = true;
            } else {
                f = LineFacts.of(chars, start, stop);
                if (plainOnly && LineFacts.any(f, NOT_PLAIN)) {
                    return null;
                }
                blankBefore = false;
            }
            if (lines.size() == facts.length) {
                facts = Arrays.copyOf(facts, 2 * facts.length);
                starts = Arrays.copyOf(starts, 2 * starts.length);
            }
            facts[lines.size()] = f;
            starts[lines.size()] = start;
            lines.add(stop == start ? "" : text.substring(start, stop));
            start = stop + 1;
        }
        // the credit strings by one search of the whole text each (most texts have none), not per line
        for (String s : DropCreditLines.PRE_CHECK) {
            for (int at = text.indexOf(s); at >= 0 && at < end; at = text.indexOf(s, at + 1)) {
                int line = Arrays.binarySearch(starts, 0, lines.size(), at);
                facts[line >= 0 ? line : -line - 2] |= LineFacts.CREDIT;
            }
        }
        return new Split(lines, facts);
    }
}
