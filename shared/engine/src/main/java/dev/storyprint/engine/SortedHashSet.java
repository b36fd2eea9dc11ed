package dev.storyprint.engine;

import java.util.Arrays;

/**
 * A set of 64-bit hashes that is sorted as it is built: each value's home slot is its rank scaled
 * down to the table (an order-preserving hash), and a value that finds its home taken walks right
 * past smaller values and shifts the rest of the run one slot on. The table is therefore sorted at
 * every step, a duplicate is met where it would go, and reading the set out is one pass; spread
 * values at load &le; 1/2 leave runs of one or two, so adding costs a probe or two instead of a
 * comparison sort's mispredicted branches. Values whose runs grow too long (crowded, non-uniform
 * input) go to a spill that is sorted on read, so every input gives the right answer.
 *
 * <p>Slots hold {@code value - Long.MAX_VALUE}: a fresh (zeroed) array is all empty, and the empty
 * slot reads as {@code Long.MAX_VALUE}, larger than every other value, so a scan for a value's
 * place stops at it. {@code Long.MAX_VALUE} itself is kept aside.
 */
final class SortedHashSet {
    /** Slots store {@code value - OFFSET}; an empty slot (0) reads as OFFSET. */
    private static final long OFFSET = Long.MAX_VALUE;
    /**
     * Longest walk an add may take, and the slots past the last home slot for runs pushed beyond
     * it: at load 1/2 runs this long are vanishingly rare, and crowded input then spills instead of
     * walking ever longer runs (no input is quadratic).
     */
    static final int MAX_RUN = 32;
    /** Home slots per expected value: load 1/2 keeps runs short. */
    private static final int SLOTS_PER_VALUE = 2;
    /** Bits of {@link #minimaRank}'s fixed-point result. */
    private static final int MINIMA_BITS = 62;

    private final long[] slots;
    private final long base;
    private final int shift;
    /** Home slots spread for window minima (see {@link #ofMinima}) rather than uniform values. */
    private final boolean minima;
    private int size;
    private boolean hasMaxValue;
    private long[] spill;
    private int spilled;

    /**
     * @param expected  about how many distinct values will be added
     * @param base      the smallest value that may be added
     * @param rangeBits every added value is below {@code base + 2^rangeBits} (unsigned offset)
     */
    SortedHashSet(int expected, long base, int rangeBits) {
        this(expected, base, rangeBits, false);
    }

    private SortedHashSet(int expected, long base, int rangeBits, boolean minima) {
        int homeBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, SLOTS_PER_VALUE * expected - 1));
        this.slots = new long[(1 << homeBits) + MAX_RUN];
        this.base = base;
        this.minima = minima;
        this.shift = minima ? MINIMA_BITS - homeBits : Math.max(0, rangeBits - homeBits);
    }

    /** A set over all 64-bit values, which are uniform hashes. */
    static SortedHashSet ofAll(int expected) {
        return new SortedHashSet(expected, Long.MIN_VALUE, Long.SIZE);
    }

    /**
     * A set over all 64-bit values that are minima of windows of uniform hashes, such as winnowed
     * fingerprints: small values are far denser than large ones (about every small value is some
     * window's minimum, few large ones are), which would crowd the low slots. Home slots follow
     * 1 - (1 - u)^2 of the value's rank u instead, which spreads them about evenly.
     */
    static SortedHashSet ofMinima(int expected) {
        return new SortedHashSet(expected, Long.MIN_VALUE, Long.SIZE, true);
    }

    /** 1 - (1 - u)^2 in 62-bit fixed point, u = the value's unsigned rank; non-decreasing in v. */
    private static long minimaRank(long v) {
        long y = Long.MAX_VALUE - ((v ^ Long.MIN_VALUE) >>> 1); // (1 - u) * 2^63
        return (1L << MINIMA_BITS) - 1 - Math.multiplyHigh(y, y); // y^2 / 2^64 < 2^62
    }

    /** Adds {@code values[from..to)}. */
    void addAll(long[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            add(values[i]);
        }
    }

    void add(long v) {
        if (v == OFFSET) {
            hasMaxValue = true;
            return;
        }
        if (spill != null) {
            addSpill(v);
            return;
        }
        long[] t = slots;
        int home = (int) ((minima ? minimaRank(v) : v - base) >>> shift);
        int j = home;
        long x = t[j];
        while (x + OFFSET < v) {
            x = t[++j];
        }
        if (x + OFFSET == v) {
            return;
        }
        // the last slot is still empty here, so the carried value comes to rest inside the table
        long carry = v - OFFSET;
        while (carry != 0) {
            t[j++] = carry;
            carry = x;
            if (carry != 0) {
                x = t[j];
            }
        }
        size++;
        if (j - home > MAX_RUN || t[t.length - 1] != 0) {
            spill = new long[16]; // crowded: later values go to the spill
        }
    }

    private void addSpill(long v) {
        if (spilled == spill.length) {
            spill = Arrays.copyOf(spill, spilled * 2);
        }
        spill[spilled++] = v;
    }

    /** The {@code limit} smallest values (all when fewer), ascending. */
    long[] smallest(int limit) {
        if (spill != null) {
            long[] all = toArray();
            return all.length <= limit ? all : Arrays.copyOf(all, limit);
        }
        int m = Math.min(limit, size + (hasMaxValue ? 1 : 0));
        long[] out = new long[m];
        long[] t = slots;
        int c = 0;
        int take = Math.min(m, size);
        // branch-free compaction: an empty slot is written and then overwritten by the next value
        for (int j = 0; c < take; j++) {
            long x = t[j];
            out[c] = x + OFFSET;
            c += x != 0 ? 1 : 0;
        }
        if (c < m) {
            out[c] = Long.MAX_VALUE; // the largest value comes last
        }
        return out;
    }

    /** All values, ascending. */
    long[] toArray() {
        if (spill == null) {
            return smallest(Integer.MAX_VALUE);
        }
        long[] all = Arrays.copyOf(spill, spilled + size + (hasMaxValue ? 1 : 0));
        int c = spilled;
        for (long x : slots) {
            if (x != 0) {
                all[c++] = x + OFFSET;
            }
        }
        if (hasMaxValue) {
            all[c] = Long.MAX_VALUE;
        }
        Arrays.sort(all);
        int m = 0;
        for (int i = 0; i < all.length; i++) {
            if (m == 0 || all[m - 1] != all[i]) {
                all[m++] = all[i];
            }
        }
        return m == all.length ? all : Arrays.copyOf(all, m);
    }
}
