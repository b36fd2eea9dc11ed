package dev.storyprint.engine;

import java.time.Instant;

/**
 * Everything the engine keeps about one article to compare it later: the surface fingerprint
 * (winnowed word k-gram hashes), the spin-resistant {@link Skeleton}, the normalized tokens needed
 * for alignment evidence, and a bounded set of retrieval keys for the signature index.
 *
 * <p>Serialize with {@link #encode()} / {@link #decode(byte[])}: a compact, versioned binary form
 * that storage adapters keep as an opaque blob.
 */
public final class Fingerprint {
    // Internal representation is owned by the engine; see FingerprintCodec.
    private final String articleId;
    private final Instant publishedAt;
    private final int wordCount;
    private final long[] retrievalKeys;

    Fingerprint(String articleId, Instant publishedAt, int wordCount, long[] retrievalKeys) {
        this.articleId = articleId;
        this.publishedAt = publishedAt;
        this.wordCount = wordCount;
        this.retrievalKeys = retrievalKeys;
    }

    public String articleId() {
        return articleId;
    }

    /** May be null: arrival order decides then. */
    public Instant publishedAt() {
        return publishedAt;
    }

    public int wordCount() {
        return wordCount;
    }

    /**
     * Keys to look up in (and register into) the signature index: at most {@code Engine.MAX_RETRIEVAL_KEYS},
     * a mix of surface and skeleton samples, so a lookup costs a bounded number of requests.
     */
    public long[] retrievalKeys() {
        return retrievalKeys.clone();
    }

    public byte[] encode() {
        throw new UnsupportedOperationException("engine: codec not implemented yet");
    }

    public static Fingerprint decode(byte[] bytes) {
        throw new UnsupportedOperationException("engine: codec not implemented yet");
    }
}
