package dev.storyprint.store;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The articles bucket as the pipeline sees it. */
public interface ObjectStore {
    Optional<StoredObject> get(String key);

    void put(String key, byte[] bytes, String contentType);

    boolean exists(String key);

    /** An object's content, declared content type (may be null) and user metadata (lower-case names). */
    record StoredObject(byte[] bytes, String contentType, Map<String, String> metadata) {
        public StoredObject {
            Objects.requireNonNull(bytes, "bytes");
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }
    }
}
