package dev.storyprint.engine.analysis;

import java.util.Arrays;

/**
 * An open-addressing table (linear probing) from a term as written to what a computation made of
 * it, keyed by a char range so that a hit allocates nothing: the key's {@link String#hashCode()} is
 * compared first, then the chars. One thread's table: no locks, no racy evictions. Unlike a
 * direct-mapped cache, two frequent words never keep evicting each other; the table grows with the
 * vocabulary and starts over once it holds {@link #MAX_ENTRIES}.
 *
 * @param <V> the memoized value
 */
final class TermMemo<V> {
    /** Initial capacity: an article's vocabulary of a few thousand words fits without growing. */
    static final int INITIAL_CAPACITY = 1 << 13;
    /**
     * Entries kept before the table starts over: English news uses far fewer distinct words, so this
     * only bounds memory (a few MB) against an endless stream of fresh tokens (codes, numbers).
     */
    static final int MAX_ENTRIES = 1 << 16;

    private String[] keys = new String[INITIAL_CAPACITY];
    private int[] hashes = new int[INITIAL_CAPACITY];
    private Object[] values = new Object[INITIAL_CAPACITY];
    private int size;

    private static int slot(int h, int mask) {
        return (h ^ (h >>> 16)) * 0x9e3779b1 >>> 7 & mask; // spreads String hashes of short words
    }

    /** The value for {@code s[from, to)} (whose String hash is {@code h}), or null. */
    @SuppressWarnings("unchecked")
    V get(String s, int from, int to, int h) {
        int mask = keys.length - 1;
        int len = to - from;
        for (int i = slot(h, mask); ; i = i + 1 & mask) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == h && k.length() == len && k.regionMatches(0, s, from, len)) {
                return (V) values[i];
            }
        }
    }

    /** The value for {@code key}, or null. */
    V get(String key) {
        return get(key, 0, key.length(), key.hashCode());
    }

    void put(String key, V value) {
        if (size >= MAX_ENTRIES) {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            size = 0;
        } else if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(key, key.hashCode(), value);
        size++;
    }

    int size() {
        return size;
    }

    private void insert(String key, int h, Object value) {
        int mask = keys.length - 1;
        int i = slot(h, mask);
        while (keys[i] != null) {
            if (hashes[i] == h && keys[i].equals(key)) {
                values[i] = value;
                size--; // a replacement, not a new entry
                return;
            }
            i = i + 1 & mask;
        }
        keys[i] = key;
        hashes[i] = h;
        values[i] = value;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }
}
