package dev.storyprint.store;

import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Metadata;
import dev.storyprint.engine.Reading;
import dev.storyprint.engine.text.Limits;
import dev.storyprint.engine.text.TextReader;
import java.util.Objects;
import java.util.Optional;

/**
 * First pipeline step: an uploaded object -> engine read + fingerprint -> an {@link Envelope} sent
 * to the match step ({@link MatchQueue}). Pure function of the object, so a redelivery sends the
 * same envelope again. An object over the engine's document limit is rejected by its
 * size, and no more than the limit is ever read into memory.
 */
public final class FingerprintService {
    /** An event that does not say how large its object is. */
    public static final long UNKNOWN_SIZE = -1;

    private final Engine engine;
    private final ObjectStore objects;
    private final MatchQueue queue;
    private final StorageLayout layout;

    public FingerprintService(Engine engine, ObjectStore objects, MatchQueue queue, StorageLayout layout) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** Empty when the object is gone (deleted after its event was sent). */
    public Optional<Envelope> process(String key) {
        return process(key, UNKNOWN_SIZE);
    }

    /**
     * As {@link #process(String)}, given the size the event announced: an object announced over the
     * limit is rejected on its HEAD, its content never requested.
     */
    public Optional<Envelope> process(String key, long announcedSize) {
        if (!layout.isIncoming(key)) {
            throw new IllegalArgumentException("not under " + layout.incomingPrefix() + ": " + key);
        }
        long limit = Limits.MAX_DOCUMENT_BYTES;
        Optional<ObjectStore.StoredObject> object = announcedSize > limit ? objects.head(key) : Optional.empty();
        if (object.isEmpty() || object.get().size() <= limit) {
            object = objects.get(key, limit); // also when it was replaced by a smaller object since the event
        }
        if (object.isEmpty()) {
            return Optional.empty();
        }
        ObjectStore.StoredObject o = object.get();
        Reading reading = o.bytes() == null
                ? TextReader.standard().readOversize(key, o.size(), o.metadata())
                : engine.read(new Document(o.bytes(), o.contentType(), key, o.metadata()));
        Envelope envelope = envelope(engine, key, reading);
        queue.send(envelope);
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
            return envelope(accepted.articleId(), key, m).fingerprint(engine.fingerprint(accepted.article()).encode())
                    .build();
        }
        Reading.Rejected r = (Reading.Rejected) reading;
        return envelope(r.articleId(), key, m).rejectedCode(r.code()).rejectedReason(r.reason()).build();
    }

    private static Envelope.Builder envelope(String articleId, String key, Metadata m) {
        return Envelope.builder().articleId(articleId).key(key).title(m.title()).source(m.source()).url(m.url())
                .publishedAt(m.publishedAt());
    }
}
