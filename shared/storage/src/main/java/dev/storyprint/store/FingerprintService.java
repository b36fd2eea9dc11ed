package dev.storyprint.store;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Reading;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
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
        Envelope envelope = envelope(key, object.get());
        objects.put(layout.fingerprintKey(envelope.articleId()), envelope.toJson(), "application/json");
        return Optional.of(envelope);
    }

    Envelope envelope(String key, ObjectStore.StoredObject object) {
        Map<String, String> meta = object.metadata();
        Reading reading = engine.read(new Document(object.bytes(), object.contentType(), key, meta));
        if (reading instanceof Reading.Accepted accepted) {
            Article a = accepted.article();
            Fingerprint fp = engine.fingerprint(a);
            return new Envelope(a.id(), key, a.title(), a.source(), a.url(), a.publishedAt(), fp.encode(), null, null);
        }
        Reading.Rejected r = (Reading.Rejected) reading;
        return new Envelope(r.articleId(), key, meta.get("title"), meta.get("source"), meta.get("url"),
                lenientInstant(meta.get("published-at")), null, r.code(), r.reason());
    }

    /** Metadata of a rejected upload is informational only: a bad date must not hide the real reason. */
    private static Instant lenientInstant(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
