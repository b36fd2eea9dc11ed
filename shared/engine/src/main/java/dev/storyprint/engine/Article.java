package dev.storyprint.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * An accepted article: its id and its extracted body text (not yet normalized), plus optional
 * metadata. {@code publishedAt} may be null.
 */
public record Article(String id, String text, String title, String url, String source, Instant publishedAt) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
