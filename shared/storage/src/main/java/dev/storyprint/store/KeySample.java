package dev.storyprint.store;

import java.util.Arrays;

/**
 * The retrieval keys an article is indexed and looked up under: a deterministic sample of its
 * {@code Fingerprint.retrievalKeys()}, the same rule for both sides, so two texts that share a key
 * both keep it or both drop it (a shared key survives with probability 1/{@link #MODULUS}, whatever
 * else either text contains, as long as neither exceeds {@link #MAX_KEYS} sampled keys).
 *
 * <p>Why: each indexed key is one conditional write per article, the largest share of its cost.
 * The engine's 96 keys are far more than retrieval needs: copies share dozens of them, and a
 * quarter still gives a copy that shares 16 keys about 4 in the sample (two are needed).
 */
public final class KeySample {
    /** One key in this many is indexed. */
    public static final int MODULUS = 4;
    /** Cap per article (the engine gives at most 96, so about 24 are sampled; the cap is rarely hit). */
    public static final int MAX_KEYS = 40;
    /** Odd multiplier mixing the key's bits before the modulus (keys are hashes, but of varying quality). */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private KeySample() {}

    /** The sampled keys, distinct; when more than {@link #MAX_KEYS} qualify, those of smallest mixed value. */
    public static long[] of(long[] retrievalKeys) {
        long[] kept = Arrays.stream(retrievalKeys).distinct().filter(KeySample::sampled).toArray();
        if (kept.length <= MAX_KEYS) {
            return kept;
        }
        // Bottom-k by mixed value: deterministic, and similar key sets keep similar keys.
        return Arrays.stream(kept).boxed()
                .sorted((a, b) -> Long.compareUnsigned(a * MIX, b * MIX))
                .limit(MAX_KEYS).mapToLong(Long::longValue).toArray();
    }

    static boolean sampled(long key) {
        return Long.remainderUnsigned((key * MIX) >>> 32, MODULUS) == 0;
    }
}
