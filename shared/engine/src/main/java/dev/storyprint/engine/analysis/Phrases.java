package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a line, lower-cased, contains one of a few lower-case phrases: {@code
 * line.toLowerCase(Locale.ROOT).contains(phrase)} for any phrase, without the lower-case copy and
 * one search per phrase. An ASCII line is scanned once; a phrase is compared only where the line
 * holds its first two letters. Lines beyond ASCII take the plain way (lower-casing may change
 * their length and letters).
 */
final class Phrases {
    private final List<String> phrases;
    /** For each case-folded ASCII letter pair, the ASCII phrases that start with it (empty mostly). */
    private final String[][] byStart = new String[1 << 14][];
    /** The keys of {@link #byStart} that hold phrases, as bits: a 2 KB test before the 64 KB table. */
    private final long[] starts = new long[(1 << 14) / Long.SIZE];

    Phrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < byStart.length; i++) {
            buckets.add(null);
        }
        for (String phrase : this.phrases) {
            if (!TextFilter.isPlainAscii(phrase)) {
                continue; // never in an ASCII line's lower case
            }
            if (phrase.length() < 2 || !phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("phrases are lower case, two chars or more: " + phrase);
            }
            int key = phrase.charAt(0) << 7 | phrase.charAt(1);
            if (buckets.get(key) == null) {
                buckets.set(key, new ArrayList<>());
            }
            buckets.get(key).add(phrase);
        }
        for (int i = 0; i < byStart.length; i++) {
            if (buckets.get(i) != null) {
                byStart[i] = buckets.get(i).toArray(new String[0]);
                starts[i >>> 6] |= 1L << i;
            }
        }
    }

    boolean foundIn(String line, long facts) {
        if (LineFacts.any(facts, LineFacts.NON_ASCII)) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (String phrase : phrases) {
                if (lower.contains(phrase)) {
                    return true;
                }
            }
            return false;
        }
        int n = line.length();
        if (n < 2) {
            return false;
        }
        int next = lower(line.charAt(0));
        for (int i = 0; i < n - 1; i++) {
            int c = next;
            next = lower(line.charAt(i + 1));
            int key = c << 7 | next;
            if ((starts[key >>> 6] & 1L << key) != 0) {
                for (String phrase : byStart[key]) {
                    int len = phrase.length();
                    if (i + len > n) {
                        continue;
                    }
                    int k = 2; // the first two match by the bucket
                    while (k < len && lower(line.charAt(i + k)) == phrase.charAt(k)) {
                        k++;
                    }
                    if (k == len) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** ASCII lower case of an ASCII char. */
    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
    }
}
