package dev.storyprint.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids are derived, never random, so that the same object delivered twice gets the same id
 * (idempotency) while the same text under another key is a different article.
 */
public final class ArticleIds {
    private ArticleIds() {}

    /** Id of the object {@code name} (an S3 key or similar) with content {@code bytes}: 20 hex chars. */
    public static String of(String name, byte[] bytes) {
        MessageDigest sha = sha256();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(sha256().digest(bytes));
        return HexFormat.of().formatHex(sha.digest(), 0, 10);
    }

    /** Valid ids are exactly what {@link #of} produces: checked before an id reaches a store. */
    public static boolean isValid(String id) {
        return id != null && id.matches("[0-9a-f]{20}");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
