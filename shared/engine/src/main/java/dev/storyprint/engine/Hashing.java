package dev.storyprint.engine;

import dev.storyprint.engine.analysis.TermHash;

/**
 * The engine's 64-bit hashes: FNV-1a over a term's chars, finished with the murmur3 fmix64
 * avalanche so that low bits (used by open addressing) and the order of values (used by bottom-k
 * sampling) behave like uniform random bits. No allocation, no boxing.
 */
final class Hashing {
    private Hashing() {}

    /** FNV-1a's offset basis and prime, as {@link TermHash} uses them (for hashing ASCII bytes as chars). */
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    static long term(String s) {
        return TermHash.of(s);
    }

    /** murmur3 fmix64. */
    static long mix(long z) {
        return TermHash.mix(z);
    }

    /** The golden-ratio multiplier of each {@link #sequence} step. */
    static final long SEQUENCE_MULTIPLIER = 0x9e3779b97f4a7c15L;

    /** Order-sensitive hash of {@code len} consecutive values starting at {@code from}, salted. */
    static long sequence(long[] values, int from, int len, long salt) {
        long h = salt;
        for (int i = from; i < from + len; i++) {
            h = Long.rotateLeft(h, 19) ^ values[i];
            h *= SEQUENCE_MULTIPLIER;
        }
        return mix(h);
    }
}
