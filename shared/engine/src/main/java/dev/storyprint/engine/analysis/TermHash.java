package dev.storyprint.engine.analysis;

/**
 * The engine's 64-bit term hash: FNV-1a over the term's chars, finished with the murmur3 fmix64
 * avalanche. It lives here so the analyzer can memoize it with each distinct term (the fingerprint
 * then hashes no chars); {@code Hashing.term} is this function.
 */
public final class TermHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private TermHash() {}

    public static long of(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** murmur3 fmix64. */
    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
