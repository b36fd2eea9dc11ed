package dev.storyprint.engine;

import java.util.Map;
import java.util.Objects;

/**
 * Raw input as it arrived: the bytes, the declared content type (may be null), a name (an S3 key or
 * file name, used for type sniffing and ids) and user metadata ({@code source}, {@code url},
 * {@code published-at}, {@code title}).
 */
public record Document(byte[] bytes, String contentType, String name, Map<String, String> metadata) {
    public Document {
        Objects.requireNonNull(bytes, "bytes");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
