package dev.storyprint.engine.analysis;

import java.util.Arrays;

/**
 * An open-addressing table (linear probing) from a term as written to its folded term, that term's
 * {@link TermHash} and a flag byte, keyed by a char range so that a hit allocates nothing. A probe
 * runs once per token, so each slot keeps everything a hit compares and returns in one run of four
 * longs (key hash and length, folded hash, the key's chars packed as Latin-1 bytes, flags): a hit on
 * a word of up to {@link #INLINE_CHARS} chars, which the tokenizer packed while scanning, is one
 * long compare in one slot, where separate arrays per field cost a cache miss each. Longer or wider
 * keys are compared in a char pool. One thread's table: no locks, no racy evictions. The table
 * grows with the vocabulary and starts over once it holds {@link #MAX_ENTRIES}.
 */
final class TermMemo {
    /** Initial slots: an article's vocabulary of a few thousand words fits at half load without growing. */
    static final int INITIAL_CAPACITY = 1 << 13;
    /**
     * Entries kept before the table starts over: English news uses far fewer distinct words, so this
     * only bounds memory (a few MB) against an endless stream of fresh tokens (codes, numbers).
     * An entry index fits the slot's 16 bits.
     */
    static final int MAX_ENTRIES = 1 << 16;
    /** Keys longer than the slot's 16-bit length field are not memoized (the caller folds them each time). */
    static final int MAX_KEY_LENGTH = 0xffff;
    /** Key chars kept in the slot itself, one byte each: most news words are this short. */
    static final int INLINE_CHARS = 8;
    /** Pool chars per entry to start with: news words average about six chars. */
    private static final int POOL_CHARS_PER_ENTRY = 8;

    // the longs of one slot
    private static final int STRIDE = 4;
    /** {@link #keyHash} << 32 | key length << 16 | entry index; 0 marks a free slot (keys are not empty). */
    private static final int META = 0;
    private static final int HASH = 1;
    /** The key's chars {@link #pack packed} (its last {@link #INLINE_CHARS}) when they are all Latin-1, else 0. */
    private static final int INLINE = 2;
    /** pool start << 32 | flags. */
    private static final int EXTRA = 3;

    private long[] slots = new long[INITIAL_CAPACITY * STRIDE];
    /** The folded terms by entry index (insertion order: common words' terms share cache lines). */
    private String[] out = new String[INITIAL_CAPACITY / 2];
    private char[] pool = new char[INITIAL_CAPACITY * POOL_CHARS_PER_ENTRY];
    private int poolSize;
    private int size;

    private static int slot(int h, int mask) {
        return h & mask; // h is already mixed (keyHash)
    }

    private static long meta(int h, int len) {
        return (long) h << 32 | (long) len << 16;
    }

    /**
     * The key hash: its last {@link #INLINE_CHARS} chars' low bytes {@link #pack packed}, mixed with
     * its length. The tokenizer packs a word while scanning, so a probe needs no other walk over the
     * chars (words that share their last eight chars and length share a hash, and are told apart by
     * the pool compare).
     */
    private static int keyHash(long lowPacked, int len) {
        return (int) ((lowPacked ^ len) * 0x9E3779B97F4A7C15L >>> 32);
    }

    /** The chars of {@code s[from, to)} {@link #pack packed} by their low bytes (the last {@link #INLINE_CHARS} kept). */
    private static long lowPack(char[] s, int from, int to) {
        long p = 0;
        for (int k = Math.max(from, to - INLINE_CHARS); k < to; k++) {
            p = pack(p, (char) (s[k] & 0xff));
        }
        return p;
    }

    private static long lowPack(String s) {
        long p = 0;
        for (int k = Math.max(0, s.length() - INLINE_CHARS); k < s.length(); k++) {
            p = pack(p, (char) (s.charAt(k) & 0xff));
        }
        return p;
    }

    /**
     * {@code packed} with {@code c} shifted in: the chars of a Latin-1 key, one byte each, its last
     * {@link #INLINE_CHARS} kept. Never 0 for a word (no word char is 0), so 0 can mean "not packed".
     */
    static long pack(long packed, char c) {
        return packed << 8 | c;
    }

    /**
     * The slot holding {@code s[from, to)} (with {@code packed} its chars {@link #pack packed} if
     * they are all ASCII, else 0), or -1. A packed key of up to {@link #INLINE_CHARS} chars is
     * compared in one step.
     */
    int find(char[] s, int from, int to, long packed) {
        long[] t = slots;
        int mask = t.length / STRIDE - 1;
        int len = to - from;
        if (len == 0 || len > MAX_KEY_LENGTH) { // never stored
            return -1;
        }
        int h = keyHash(packed != 0 ? packed : lowPack(s, from, to), len);
        long want = meta(h, len);
        for (int i = slot(h, mask); ; i = i + 1 & mask) {
            int b = i * STRIDE;
            long m = t[b + META];
            if (m == 0) {
                return -1;
            }
            if ((m & ~0xffffL) == want) {
                // a wider key's INLINE is 0, which no packed query equals
                if (packed != 0
                        ? t[b + INLINE] == packed && (len <= INLINE_CHARS || matches(t[b + EXTRA], s, from, len - INLINE_CHARS))
                        : matches(t[b + EXTRA], s, from, len)) {
                    return i;
                }
            }
        }
    }

    /** {@link #find(char[], int, int, long)} without packed chars. */
    int find(char[] s, int from, int to) {
        return find(s, from, to, 0);
    }

    /** True when the key's first {@code len} chars in the pool are {@code s[from, from + len)}. */
    private boolean matches(long extra, char[] s, int from, int len) {
        char[] p = pool;
        int start = (int) (extra >>> 32);
        for (int k = 0; k < len; k++) {
            if (p[start + k] != s[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** {@link #find(char[], int, int)} for a String key (terms a filter already changed: rare, so a copy is fine). */
    int find(String key) {
        return find(key.toCharArray(), 0, key.length());
    }

    String term(int slot) {
        return out[(int) (slots[slot * STRIDE + META] & 0xffff)];
    }

    long hash(int slot) {
        return slots[slot * STRIDE + HASH];
    }

    byte flags(int slot) {
        return (byte) slots[slot * STRIDE + EXTRA];
    }

    /**
     * Stores a key that {@link #find} did not find; returns its slot. The key is not empty and at
     * most {@link #MAX_KEY_LENGTH} long.
     */
    int put(String key, String term, long termHash, byte flags) {
        if (size >= MAX_ENTRIES) {
            Arrays.fill(slots, 0);
            Arrays.fill(out, null);
            poolSize = 0;
            size = 0;
        } else if (2 * (size + 1) > slots.length / STRIDE) {
            grow();
        }
        int len = key.length();
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(2 * pool.length, poolSize + len));
        }
        int start = poolSize;
        key.getChars(0, len, pool, start);
        poolSize += len;
        long inline = 0;
        boolean latin1 = true;
        for (int k = 0; k < len; k++) {
            char c = key.charAt(k);
            latin1 &= c <= 0xff;
            inline = pack(inline, (char) (c & 0xff));
        }
        int entry = size++;
        if (entry == out.length) {
            out = Arrays.copyOf(out, 2 * entry);
        }
        out[entry] = term;
        int h = keyHash(inline, len);
        int mask = slots.length / STRIDE - 1;
        int i = slot(h, mask);
        while (slots[i * STRIDE + META] != 0) {
            i = i + 1 & mask;
        }
        int b = i * STRIDE;
        slots[b + META] = meta(h, len) | entry;
        slots[b + HASH] = termHash;
        slots[b + INLINE] = latin1 ? inline : 0;
        slots[b + EXTRA] = (long) start << 32 | flags & 0xff;
        return i;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        long[] t = new long[old.length * 2];
        int mask = t.length / STRIDE - 1;
        for (int b = 0; b < old.length; b += STRIDE) {
            long m = old[b + META];
            if (m != 0) {
                int i = slot((int) (m >>> 32), mask);
                while (t[i * STRIDE + META] != 0) {
                    i = i + 1 & mask;
                }
                System.arraycopy(old, b, t, i * STRIDE, STRIDE);
            }
        }
        slots = t;
    }
}
