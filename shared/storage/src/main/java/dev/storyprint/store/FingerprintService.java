package dev.storyprint.store;

import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Metadata;
import dev.storyprint.engine.Reading;
import java.util.Objects;
import java.util.Optional;

/**
 * First pipeline step: an uploaded object -> engine read + fingerprint -> an {@link Envelope} at
 * {@code fingerprints/<articleId>.json}. Pure function of the object, so a redelivery rewrites the
 * same envelope.
 */
public final class FingerprintService {
    private final Engine engine;
    private final ObjectStore objects;
    private final StorageLayout layout;

    public FingerprintService(Engine engine, ObjectStore objects, StorageLayout layout) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** Empty when the object is gone (deleted after its event was sent). */
    public Optional<Envelope> process(String key) {
        if (!layout.isIncoming(key)) {
            throw new IllegalArgumentException("not under " + layout.incomingPrefix() + ": " + key);
        }
        Optional<ObjectStore.StoredObject> object = objects.get(key);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        ObjectStore.StoredObject o = object.get();
        Reading reading = engine.read(new Document(o.bytes(), o.contentType(), key, o.metadata()));
        Envelope envelope = envelope(engine, key, reading);
        objects.put(layout.fingerprintKey(envelope.articleId()), envelope.toJson(), "application/json");
        return Optional.of(envelope);
    }

    /**
     * What the match step reads for a reading of the object at {@code key} (null for an API post):
     * the fingerprint, or the rejection, with the metadata the engine checked and bounded. The one
     * place an upload's and a post's reading become an envelope.
     */
    public static Envelope envelope(Engine engine, String key, Reading reading) {
        Metadata m = reading.metadata();
        if (reading instanceof Reading.Accepted accepted) {
            return new Envelope(accepted.articleId(), key, m.title(), m.source(), m.url(), m.publishedAt(),
                    engine.fingerprint(accepted.article()).encode(), null, null);
        }
        Reading.Rejected r = (Reading.Rejected) reading;
        return new Envelope(r.articleId(), key, m.title(), m.source(), m.url(), m.publishedAt(), null, r.code(), r.reason());
    }
}
