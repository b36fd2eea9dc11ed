package dev.storyprint.engine.analysis;

import java.util.Arrays;

/**
 * An open-addressing table (linear probing) from a term as written to its folded term, that term's
 * {@link TermHash} and a flag byte, keyed by a char range so that a hit allocates nothing. Everything
 * a hit reads lies in flat arrays (the key's chars in one shared pool, the values beside the slot):
 * a lookup follows no pointer, which matters because it runs once per token. One thread's table: no
 * locks, no racy evictions. The table grows with the vocabulary and starts over once it holds
 * {@link #MAX_ENTRIES}.
 */
final class TermMemo {
    /** Initial slots: an article's vocabulary of a few thousand words fits at half load without growing. */
    static final int INITIAL_CAPACITY = 1 << 13;
    /**
     * Entries kept before the table starts over: English news uses far fewer distinct words, so this
     * only bounds memory (a few MB) against an endless stream of fresh tokens (codes, numbers).
     */
    static final int MAX_ENTRIES = 1 << 16;
    /** Pool chars per entry to start with: news words average about six chars. */
    private static final int POOL_CHARS_PER_ENTRY = 8;

    /** {@link String#hashCode()} of each slot's key; meaningful where {@link #out} is not null. */
    private int[] keyHash = new int[INITIAL_CAPACITY];
    private int[] keyStart = new int[INITIAL_CAPACITY];
    private int[] keyLength = new int[INITIAL_CAPACITY];
    /** The value's term; null marks a free slot. */
    private String[] out = new String[INITIAL_CAPACITY];
    private long[] outHash = new long[INITIAL_CAPACITY];
    private byte[] outFlags = new byte[INITIAL_CAPACITY];
    private char[] pool = new char[INITIAL_CAPACITY * POOL_CHARS_PER_ENTRY];
    private int poolSize;
    private int size;

    private static int slot(int h, int mask) {
        return (h ^ (h >>> 16)) * 0x9e3779b1 >>> 7 & mask; // spreads String hashes of short words
    }

    /** The slot holding {@code s[from, to)} (whose String hash is {@code h}), or -1. */
    int find(char[] s, int from, int to, int h) {
        int mask = out.length - 1;
        int len = to - from;
        for (int i = slot(h, mask); ; i = i + 1 & mask) {
            if (out[i] == null) {
                return -1;
            }
            if (keyHash[i] == h && keyLength[i] == len
                    && matches(keyStart[i], s, from, len)) {
                return i;
            }
        }
    }

    /** {@link #find(char[], int, int, int)} for a String key. */
    int find(String key) {
        int h = key.hashCode();
        int mask = out.length - 1;
        int len = key.length();
        for (int i = slot(h, mask); ; i = i + 1 & mask) {
            if (out[i] == null) {
                return -1;
            }
            if (keyHash[i] == h && keyLength[i] == len && matches(keyStart[i], key)) {
                return i;
            }
        }
    }

    /** A plain loop: keys are a few chars, too short for the vectorized mismatch's set-up to pay. */
    private boolean matches(int start, char[] s, int from, int len) {
        char[] p = pool;
        for (int k = 0; k < len; k++) {
            if (p[start + k] != s[from + k]) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(int start, String key) {
        for (int k = 0; k < key.length(); k++) {
            if (pool[start + k] != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    String term(int slot) {
        return out[slot];
    }

    long hash(int slot) {
        return outHash[slot];
    }

    byte flags(int slot) {
        return outFlags[slot];
    }

    /** Stores a key that {@link #find} did not find; returns its slot. */
    int put(String key, String term, long termHash, byte flags) {
        if (size >= MAX_ENTRIES) {
            Arrays.fill(out, null);
            poolSize = 0;
            size = 0;
        } else if (2 * (size + 1) > out.length) {
            grow();
        }
        int len = key.length();
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(2 * pool.length, poolSize + len));
        }
        int start = poolSize;
        key.getChars(0, len, pool, start);
        poolSize += len;
        size++;
        return insert(key.hashCode(), start, len, term, termHash, flags);
    }

    int size() {
        return size;
    }

    private int insert(int h, int start, int len, String term, long termHash, byte flags) {
        int mask = out.length - 1;
        int i = slot(h, mask);
        while (out[i] != null) {
            i = i + 1 & mask;
        }
        keyHash[i] = h;
        keyStart[i] = start;
        keyLength[i] = len;
        out[i] = term;
        outHash[i] = termHash;
        outFlags[i] = flags;
        return i;
    }

    private void grow() {
        int[] oldKeyHash = keyHash;
        int[] oldKeyStart = keyStart;
        int[] oldKeyLength = keyLength;
        String[] oldOut = out;
        long[] oldOutHash = outHash;
        byte[] oldOutFlags = outFlags;
        int c = oldOut.length * 2;
        keyHash = new int[c];
        keyStart = new int[c];
        keyLength = new int[c];
        out = new String[c];
        outHash = new long[c];
        outFlags = new byte[c];
        for (int i = 0; i < oldOut.length; i++) {
            if (oldOut[i] != null) {
                insert(oldKeyHash[i], oldKeyStart[i], oldKeyLength[i], oldOut[i], oldOutHash[i], oldOutFlags[i]);
            }
        }
    }
}
