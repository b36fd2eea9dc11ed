package dev.storyprint.store;

import java.util.Map;
import java.util.Optional;

/** The articles bucket as the pipeline sees it. */
public interface ObjectStore {
    Optional<StoredObject> get(String key);

    /**
     * The object with its content when it is at most {@code maxBytes} long; a larger one comes back
     * with its size and metadata only ({@link StoredObject#bytes()} null). Stores that read from
     * the network override this so that no more than {@code maxBytes + 1} bytes are ever read.
     */
    default Optional<StoredObject> get(String key, long maxBytes) {
        return get(key).map(o -> o.size() > maxBytes ? o.withoutContent() : o);
    }

    /** Size, content type and metadata, without the content. */
    default Optional<StoredObject> head(String key) {
        return get(key).map(StoredObject::withoutContent);
    }

    void put(String key, byte[] bytes, String contentType);

    boolean exists(String key);

    /**
     * An object's content (null when it was not read), size in bytes, declared content type (may be
     * null) and user metadata (lower-case names).
     */
    record StoredObject(byte[] bytes, long size, String contentType, Map<String, String> metadata) {
        public StoredObject {
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }

        public StoredObject(byte[] bytes, String contentType, Map<String, String> metadata) {
            this(java.util.Objects.requireNonNull(bytes, "bytes"), bytes.length, contentType, metadata);
        }

        public StoredObject withoutContent() {
            return new StoredObject(null, size, contentType, metadata);
        }
    }
}
