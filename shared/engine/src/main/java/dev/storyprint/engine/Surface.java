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
     * Winnowed fingerprints, as a sorted array of distinct hashes. A window's minimum is a value,
     * whichever of its equal copies the tie rule picks, so the set is the distinct window minima:
     * taken branch-free (for w = 4 the smaller of two pair minima), a run of equal minima kept
     * once, and sorted by {@link #radixSortedDistinct} rather than a comparison sort.
     */
    static long[] winnow(long[] h, int window) {
        int n = h.length;
        if (n <= window) {
            return sortedDistinct(h.clone());
        }
        // the distinct window minima, each new one once: written branch-free, a repeat overwritten
        long[] picked = new long[n - window + 1];
        int c = 0;
        long first = h[0];
        for (int j = 1; j < window; j++) {
            first = Math.min(first, h[j]);
        }
        long last = ~first; // anything but the first minimum, so that one is written
        if (window == 4) {
            // min of h[i-3..i] = min(pair(i-3), pair(i-1)), pair(j) = min(h[j], h[j+1])
            long p0 = min(h[0], h[1]);
            long p1 = min(h[1], h[2]);
            for (int i = 3; i < n; i++) {
                long p2 = min(h[i - 1], h[i]);
                long m = min(p0, p2);
                picked[c] = m;
                c += m != last ? 1 : 0;
                last = m;
                p0 = p1;
                p1 = p2;
            }
        } else {
            for (int i = window - 1; i < n; i++) {
                long m = h[i];
                for (int j = i - window + 1; j < i; j++) {
                    m = Math.min(m, h[j]);
                }
                picked[c] = m;
                c += m != last ? 1 : 0;
                last = m;
            }
        }
        return radixSortedDistinct(picked, c);
    }

    /**
     * The smaller of two longs without a branch: Math.min(long, long) is not an intrinsic before
     * Java 23 and compiles to a jump, which mispredicts on hashes half the time.
     */
    static long min(long a, long b) {
        long d = a - b;
        long aBelow = (d ^ ((a ^ b) & (d ^ a))) >> 63; // sign of a - b corrected for overflow: -1 when a < b
        return b ^ ((a ^ b) & aBelow);
    }

    /** From this many values on the radix passes beat Arrays.sort: their 512 counters do not pay below. */
    static final int RADIX_SORT_MIN = 64;

    /** Sorted distinct values of {@code a}; may reorder {@code a} and return it. */
    static long[] sortedDistinct(long[] a) {
        if (a.length >= RADIX_SORT_MIN) {
            return radixSortedDistinct(a, a.length);
        }
        Arrays.sort(a);
        int m = 0;
        for (int i = 0; i < a.length; i++) {
            if (m == 0 || a[m - 1] != a[i]) {
                a[m++] = a[i];
            }
        }
        return m == a.length ? a : Arrays.copyOf(a, m);
    }

    /** Insertion moves per value after which the input is not spread hashes and Arrays.sort takes over. */
    static final int RADIX_FIXUP_MOVES = 4;

    /**
     * Sorted distinct values of {@code a[0..n)}, into a new array (a is reordered). Two stable
     * counting passes on the top 16 bits leave hashes sorted but for the rare pairs sharing those
     * bits, which a final insertion pass (a branch that is almost never taken) puts in order; a
     * comparison sort of random hashes instead mispredicts a branch at about every step.
     */
    static long[] radixSortedDistinct(long[] a, int n) {
        if (n == 0) {
            return new long[0];
        }
        int[] count = new int[2 * 257];
        for (int i = 0; i < n; i++) {
            long u = a[i] ^ Long.MIN_VALUE; // unsigned order of u = signed order of a[i]
            count[(int) (u >>> 48) & 0xff]++;
            count[257 + (int) (u >>> 56)]++;
        }
        int s0 = 0;
        int s1 = 0;
        for (int d = 0; d < 256; d++) {
            int c0 = count[d];
            count[d] = s0;
            s0 += c0;
            int c1 = count[257 + d];
            count[257 + d] = s1;
            s1 += c1;
        }
        long[] b = new long[n];
        for (int i = 0; i < n; i++) {
            long v = a[i];
            b[count[(int) ((v ^ Long.MIN_VALUE) >>> 48) & 0xff]++] = v;
        }
        for (int i = 0; i < n; i++) {
            long v = b[i];
            a[count[257 + (int) ((v ^ Long.MIN_VALUE) >>> 56)]++] = v;
        }
        long moves = 0;
        for (int i = 1; i < n; i++) {
            long v = a[i];
            if (a[i - 1] > v) { // same top 16 bits: rare for hashes
                int j = i - 1;
                do {
                    a[j + 1] = a[j];
                    j--;
                } while (j >= 0 && a[j] > v);
                a[j + 1] = v;
                moves += i - j;
                if (moves > (long) RADIX_FIXUP_MOVES * n) {
                    Arrays.sort(a, 0, n); // not hashes (shared top bits): no input is quadratic
                    break;
                }
            }
        }
        int m = 1;
        b[0] = a[0];
        for (int i = 1; i < n; i++) {
            long v = a[i];
            b[m] = v;
            m += v != a[i - 1] ? 1 : 0;
        }
        return m == n ? b : Arrays.copyOf(b, m);
    }

    /** The sorted distinct union of two sorted distinct arrays. */
    static long[] union(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int m = 0;
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            out[m++] = Math.min(x, y);
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        while (i < a.length) {
            out[m++] = a[i++];
        }
        while (j < b.length) {
            out[m++] = b[j++];
        }
        return m == out.length ? out : Arrays.copyOf(out, m);
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
     * a cut at the expected position of the 2k-th smallest keeps about 2k of them (taken without a
     * branch on each value); those are sorted and deduplicated, and when at least k distinct ones
     * made it they are exactly the k smallest. When the cut fails (many duplicates, bad luck) a bounded
     * max-heap decides.
     */
    static long[] bottomK(long[] values, int k) {
        int n = values.length;
        if (k > 0 && n > BOTTOM_K_CUT_FACTOR * k) {
            // the cut is MIN + fraction * 2^64, taken as two halves so the double fits a long
            long half = (long) ((double) BOTTOM_K_CUT_FACTOR * k / n * 0x1p63);
            long cut = Long.MIN_VALUE + half + half;
            int room = BOTTOM_K_CUT_ROOM * k;
            long[] kept = new long[room + 1];
            int m = 0;
            for (long v : values) {
                kept[m] = v; // kept only when under the cut: written always, counted then
                m += v < cut ? 1 : 0;
                if (m > room) {
                    return bottomKHeap(values, k);
                }
            }
            long[] under = radixSortedDistinct(kept, m);
            if (under.length >= k) {
                return under.length == k ? under : Arrays.copyOf(under, k);
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
