package dev.storyprint.engine;

/**
 * The engine's 64-bit hashes: FNV-1a over a term's chars, finished with the murmur3 fmix64
 * avalanche so that low bits (used by open addressing) and the order of values (used by bottom-k
 * sampling) behave like uniform random bits. No allocation, no boxing.
 */
final class Hashing {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {}

    static long term(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** murmur3 fmix64. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Order-sensitive hash of {@code len} consecutive values starting at {@code from}, salted. */
    static long sequence(long[] values, int from, int len, long salt) {
        long h = salt;
        for (int i = from; i < from + len; i++) {
            h = Long.rotateLeft(h, 19) ^ values[i];
            h *= 0x9e3779b97f4a7c15L;
        }
        return mix(h);
    }
}
