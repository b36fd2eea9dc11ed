package dev.storyprint.store;

import dev.storyprint.engine.Fingerprint;
import java.util.Arrays;

/**
 * The retrieval keys an article is indexed and looked up under: every key drawn from its skeleton
 * (runs of names and numbers) and a deterministic sample of those drawn from its wording, the same
 * rule on both sides, so two texts that share a key both keep it or both drop it.
 *
 * <p>Why: each indexed key is one conditional write per article, the largest share of its cost.
 * A copy shares dozens of wording keys with its source, so one in {@link #SURFACE_MODULUS} still
 * finds it; a rewrite in other words shares only a few skeleton keys, and sampling those lost LLM
 * rewrites (field development half and team slice: 2-6 of 37-45 rewrites fell out of their story
 * with a quarter of each kind; none with every skeleton key and an eighth of the wording keys).
 */
public final class KeySample {
    /** One wording key in this many is indexed. */
    public static final int SURFACE_MODULUS = 8;
    /** Cap per article: the engine gives at most 48 skeleton keys, and about 6 wording keys are sampled. */
    public static final int MAX_KEYS = 64;
    /** Odd multiplier mixing the key's bits before the modulus (keys are hashes, but of varying quality). */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private KeySample() {}

    /** The sampled keys, distinct; when more than {@link #MAX_KEYS} qualify, those of smallest mixed value. */
    public static long[] of(Fingerprint fp) {
        long[] skeleton = fp.skeletonKeys();
        long[] kept = Arrays.stream(fp.retrievalKeys()).distinct()
                .filter(k -> Arrays.binarySearch(skeleton, k) >= 0 || sampled(k))
                .toArray();
        if (kept.length <= MAX_KEYS) {
            return kept;
        }
        // Bottom-k by mixed value: deterministic, and similar key sets keep similar keys.
        return Arrays.stream(kept).boxed()
                .sorted((a, b) -> Long.compareUnsigned(a * MIX, b * MIX))
                .limit(MAX_KEYS).mapToLong(Long::longValue).toArray();
    }

    static boolean sampled(long key) {
        return Long.remainderUnsigned((key * MIX) >>> 32, SURFACE_MODULUS) == 0;
    }
}
