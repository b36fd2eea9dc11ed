package dev.storyprint.engine;

import java.util.Arrays;

/**
 * Surface fingerprinting: word k-gram (shingle) hashes over normalized terms, winnowed
 * (Schleimer, Wilkerson, Aiken 2003): in every window of {@link #WINNOW_WINDOW} consecutive
 * shingle hashes the minimum is kept (rightmost on ties). Any passage shared by two texts that is
 * at least {@code WINNOW_WINDOW + SHINGLE_WORDS - 1} words long is guaranteed to contribute a
 * common fingerprint, whatever surrounds it: so containment measured on winnowed sets survives
 * trimming, reordering of paragraphs and inserted boilerplate. Expected density 2/(w+1).
 */
final class Surface {
    /**
     * 5 words: long enough that same-topic originals rarely share a shingle by accident (common
     * 5-word phrases are rare), short enough that house-style edits every ~20 words leave most
     * shingles of a syndicated copy intact.
     */
    static final int SHINGLE_WORDS = 5; // shingles() unrolls exactly this many steps
    /** w = 4: density 0.4 of shingles, guarantee threshold 8 words (about one clause). */
    static final int WINNOW_WINDOW = 4;

    private static final long SHINGLE_SALT = 0x5bd1e9955bd1e995L;

    private Surface() {}

    /** Hash of the shingle starting at each word; one shingle of the whole text when shorter than k. */
    static long[] shingles(long[] termHashes) {
        int n = termHashes.length;
        if (n == 0) {
            return new long[0];
        }
        if (n < SHINGLE_WORDS) {
            return new long[] {Hashing.sequence(termHashes, 0, n, SHINGLE_SALT)};
        }
        long[] out = new long[n - SHINGLE_WORDS + 1];
        // Hashing.sequence unrolled for five words (same value): the five steps of one shingle
        // form a dependent chain, unrolled the chains of neighbouring shingles overlap in the CPU
        long first = Long.rotateLeft(SHINGLE_SALT, 19);
        final long m = Hashing.SEQUENCE_MULTIPLIER;
        for (int i = 0; i < out.length; i++) {
            long h = (first ^ termHashes[i]) * m;
            h = (Long.rotateLeft(h, 19) ^ termHashes[i + 1]) * m;
            h = (Long.rotateLeft(h, 19) ^ termHashes[i + 2]) * m;
            h = (Long.rotateLeft(h, 19) ^ termHashes[i + 3]) * m;
            h = (Long.rotateLeft(h, 19) ^ termHashes[i + 4]) * m;
            out[i] = Hashing.mix(h);
        }
        return out;
    }

    /**
     * Winnowed fingerprints, as a sorted array of distinct hashes. Tracks the window's rightmost
     * minimum and rescans the window only when that minimum slides out: with a window of four this
     * beats a monotone deque (no index indirection), and picks exactly the same hashes.
     */
    static long[] winnow(long[] h, int window) {
        int n = h.length;
        if (n <= window) {
            return sortedDistinct(h.clone());
        }
        long[] picked = new long[n];
        int count = 0;
        int best = 0;
        for (int i = 1; i < window - 1; i++) {
            if (h[i] <= h[best]) {
                best = i; // ties: the newer (rightmost) wins
            }
        }
        int lastPicked = -1;
        for (int i = window - 1; i < n; i++) {
            if (best <= i - window) {
                best = i - window + 1;
                for (int j = best + 1; j < i; j++) {
                    if (h[j] <= h[best]) {
                        best = j;
                    }
                }
            }
            if (h[i] <= h[best]) {
                best = i;
            }
            if (best != lastPicked) {
                lastPicked = best;
                picked[count++] = h[best];
            }
        }
        return sortedDistinct(Arrays.copyOf(picked, count));
    }

    /** Below this many values Arrays.sort wins: the bucket pass's set-up does not pay. */
    static final int BUCKET_SORT_MIN = 128;
    /** A bucket holding more than this (duplicates, skewed input) is left to Arrays.sort. */
    static final int INSERTION_SORT_MAX = 16;

    /** Sorted distinct values of {@code a}; may reorder {@code a} and return it. */
    static long[] sortedDistinct(long[] a) {
        if (a.length >= BUCKET_SORT_MIN) {
            a = bucketSorted(a);
        } else {
            Arrays.sort(a);
        }
        int m = 0;
        for (int i = 0; i < a.length; i++) {
            if (m == 0 || a[m - 1] != a[i]) {
                a[m++] = a[i];
            }
        }
        return m == a.length ? a : Arrays.copyOf(a, m);
    }

    /**
     * {@code a} sorted (signed order, as Arrays.sort), into a new array: hashes are uniform, so
     * scattering them by their top bits into about one bucket per value leaves buckets of a few
     * values, sorted by insertion; comparison sorting of random keys mispredicts a branch per step.
     * Crowded buckets (duplicates, non-hash input) fall back to Arrays.sort, so no input is quadratic.
     */
    static long[] bucketSorted(long[] a) {
        int n = a.length;
        int bits = 32 - Integer.numberOfLeadingZeros(n - 1); // 2^bits >= n buckets
        int shift = 64 - bits;
        int buckets = 1 << bits;
        int[] next = new int[buckets + 1];
        for (long v : a) {
            next[(int) ((v ^ Long.MIN_VALUE) >>> shift) + 1]++; // flipping the sign bit: unsigned order = signed order
        }
        for (int b = 0; b < buckets; b++) {
            next[b + 1] += next[b];
        }
        long[] out = new long[n];
        for (long v : a) {
            out[next[(int) ((v ^ Long.MIN_VALUE) >>> shift)]++] = v;
        }
        // each next[b] now is the end of bucket b
        int from = 0;
        for (int b = 0; b < buckets; b++) {
            int to = next[b];
            if (to - from > INSERTION_SORT_MAX) {
                Arrays.sort(out, from, to);
            } else {
                for (int i = from + 1; i < to; i++) {
                    long v = out[i];
                    int j = i - 1;
                    while (j >= from && out[j] > v) {
                        out[j + 1] = out[j];
                        j--;
                    }
                    out[j + 1] = v;
                }
            }
            from = to;
        }
        return out;
    }

    /** Size of the intersection of two sorted distinct arrays. */
    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int c = 0;
        // branch-free steps: which side advances is a coin flip on hashes, so branches mispredict
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            c += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return c;
    }

    /**
     * Values kept by {@link #bottomK}'s cut, as a multiple of k: uniform hashes put about this many
     * times k values below it, so fewer than k distinct ones (then the heap decides) almost never happen.
     */
    static final int BOTTOM_K_CUT_FACTOR = 2;
    /** Room for the values under the cut: far above the expected 2k, beyond it the heap decides. */
    static final int BOTTOM_K_CUT_ROOM = 4;

    /**
     * The k smallest distinct values (a bottom-k sample), sorted. The values are uniform hashes, so
     * a cut at the expected position of the 2k-th smallest keeps about 2k of them: those are sorted
     * and deduplicated, and when at least k distinct ones made it under the cut they are exactly the
     * k smallest. Up to 2k values are sorted whole; when the cut fails (many duplicates, bad luck) a
     * bounded max-heap decides.
     */
    static long[] bottomK(long[] values, int k) {
        int n = values.length;
        if (k > 0 && n > BOTTOM_K_CUT_FACTOR * k) {
            // the cut is MIN + fraction * 2^64, taken as two halves so the double fits a long
            long half = (long) ((double) BOTTOM_K_CUT_FACTOR * k / n * 0x1p63);
            long cut = Long.MIN_VALUE + half + half;
            long[] kept = new long[BOTTOM_K_CUT_ROOM * k];
            int m = 0;
            for (long v : values) {
                if (v < cut) {
                    if (m == kept.length) {
                        return bottomKHeap(values, k);
                    }
                    kept[m++] = v;
                }
            }
            Arrays.sort(kept, 0, m);
            int d = 0;
            for (int i = 0; i < m && d < k; i++) {
                if (d == 0 || kept[d - 1] != kept[i]) {
                    kept[d++] = kept[i];
                }
            }
            if (d == k) {
                return Arrays.copyOf(kept, k);
            }
        }
        if (n <= BOTTOM_K_CUT_FACTOR * k) {
            // too few values for a cut: sorting them all is cheaper than the heap's duplicate checks
            long[] all = sortedDistinct(values.clone());
            return all.length <= k ? all : Arrays.copyOf(all, k);
        }
        return bottomKHeap(values, k);
    }

    /** O(n log k) with a bounded max-heap of primitives. */
    static long[] bottomKHeap(long[] values, int k) {
        long[] heap = new long[k];
        int size = 0;
        for (long v : values) {
            if (size == k && v >= heap[0]) {
                continue;
            }
            if (contains(heap, size, v)) {
                continue;
            }
            if (size < k) {
                heap[size] = v;
                siftUp(heap, size++);
            } else {
                heap[0] = v;
                siftDown(heap, size);
            }
        }
        long[] out = Arrays.copyOf(heap, size);
        Arrays.sort(out);
        return out;
    }

    /** Duplicates are rare and only matter below the heap's max: a linear check of k values is cheap. */
    private static boolean contains(long[] heap, int size, long v) {
        for (int i = 0; i < size; i++) {
            if (heap[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static void siftUp(long[] h, int i) {
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (h[p] >= h[i]) {
                return;
            }
            long t = h[p];
            h[p] = h[i];
            h[i] = t;
            i = p;
        }
    }

    private static void siftDown(long[] h, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int c = l + 1 < size && h[l + 1] > h[l] ? l + 1 : l;
            if (h[i] >= h[c]) {
                return;
            }
            long t = h[c];
            h[c] = h[i];
            h[i] = t;
            i = c;
        }
    }
}
