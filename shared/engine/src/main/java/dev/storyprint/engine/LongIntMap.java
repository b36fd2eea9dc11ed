package dev.storyprint.engine;

/** Open-addressing long -> int map for hot loops (no boxing). Missing keys read as 0 / -1. */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        used = new boolean[cap];
        mask = cap - 1;
    }

    private int slot(long key) {
        int i = (int) Hashing.mix(key) & mask;
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Adds {@code delta} to the value of {@code key} (0 when absent) and returns the new value. */
    int add(long key, int delta) {
        int i = slot(key);
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            values[i] = 0;
            if (++size * 2 > keys.length) {
                grow();
                i = slot(key);
            }
        }
        values[i] += delta;
        return values[i];
    }

    /** Stores {@code value} only when {@code key} is absent. */
    void putIfAbsent(long key, int value) {
        int i = slot(key);
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            values[i] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
        }
    }

    int get(long key, int missing) {
        int i = slot(key);
        return used[i] ? values[i] : missing;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldUsed[j]) {
                int i = slot(oldKeys[j]);
                used[i] = true;
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
