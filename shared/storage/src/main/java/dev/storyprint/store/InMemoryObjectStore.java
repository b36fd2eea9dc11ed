package dev.storyprint.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link ObjectStore} in a map: for unit tests of handlers and for runs without a bucket. */
public class InMemoryObjectStore implements ObjectStore {
    private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredObject> get(String key) {
        return Optional.ofNullable(objects.get(key));
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        objects.put(key, new StoredObject(bytes.clone(), contentType, Map.of()));
    }

    /** Stores an object with user metadata, as an upload would. */
    public void upload(String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        objects.put(key, new StoredObject(bytes.clone(), contentType, metadata));
    }

    @Override
    public boolean exists(String key) {
        return objects.containsKey(key);
    }

    public java.util.Set<String> keys() {
        return java.util.Set.copyOf(objects.keySet());
    }
}
