package dev.storyprint.engine;

import dev.storyprint.engine.text.Limits;
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

    /**
     * Id of the object {@code name} (an S3 key or similar) with content {@code bytes}: 20 hex chars.
     * Content over the engine's document limit is named by its size ({@link #ofOversize}), as the
     * pipeline names an object it rejects without reading.
     */
    public static String of(String name, byte[] bytes) {
        if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
            return ofOversize(name, bytes.length);
        }
        MessageDigest sha = sha256();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(sha256().digest(bytes));
        return HexFormat.of().formatHex(sha.digest(), 0, 10);
    }

    /**
     * Id of an object too large to be read ({@code size} bytes), from its name and size alone: the
     * same upload redelivered gets the same id without its bytes ever being loaded.
     */
    public static String ofOversize(String name, long size) {
        MessageDigest sha = sha256();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 1); // never collides with of(): its separator is 0
        for (int shift = 56; shift >= 0; shift -= 8) {
            sha.update((byte) (size >>> shift));
        }
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
