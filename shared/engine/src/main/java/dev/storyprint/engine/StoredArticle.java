package dev.storyprint.engine;

import java.util.Objects;

/**
 * An article already in the store, as the engine sees it when deciding: its story, current label,
 * arrival sequence number (total order of registration) and fingerprint.
 */
public record StoredArticle(String articleId, String storyId, Label label, long arrivalSeq, Fingerprint fingerprint) {
    public StoredArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
