package dev.storyprint.functions.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Engine;
import dev.storyprint.store.Envelope;
import dev.storyprint.store.FingerprintService;
import dev.storyprint.store.InMemoryObjectStore;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.Telemetry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintHandlerTest {
    private final InMemoryObjectStore objects = new InMemoryObjectStore();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final FingerprintHandler handler = new FingerprintHandler(
            new FingerprintService(Engine.standard(), objects, StorageLayout.DEFAULT), StorageLayout.DEFAULT,
            new Telemetry("fingerprint", new PrintStream(log, true, StandardCharsets.UTF_8), Clock.systemUTC()));

    static S3Event event(String... rawKeys) {
        List<S3EventNotification.S3EventNotificationRecord> records = new java.util.ArrayList<>();
        for (String key : rawKeys) {
            S3EventNotification.S3ObjectEntity object = new S3EventNotification.S3ObjectEntity(key, 10L, "etag", null, "seq");
            S3EventNotification.S3Entity s3 = new S3EventNotification.S3Entity("cfg",
                    new S3EventNotification.S3BucketEntity("bucket", null, "arn:aws:s3:::bucket"), object, "1.0");
            records.add(new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                    "2026-11-22T10:00:00.000Z", "2.1", null, null, s3, null));
        }
        return new S3Event(records);
    }

    static String article() {
        StringBuilder sb = new StringBuilder("Harbour talks resume\n\n");
        for (int i = 0; i < 20; i++) {
            sb.append("Councillor Vega said on day ").append(i).append(" that the harbour talks with ")
                    .append(30 + i).append(" delegates would continue next week in Northport. ");
        }
        return sb.toString();
    }

    @Test
    void writesTheEnvelopeForAnUrlEncodedKey() {
        byte[] bytes = article().getBytes(StandardCharsets.UTF_8);
        objects.upload("incoming/a b.txt", bytes, "text/plain", Map.of("source", "Wire"));
        handler.handleRequest(event("incoming/a+b.txt"), null);
        String id = ArticleIds.of("incoming/a b.txt", bytes);
        Envelope e = Envelope.fromJson(objects.get("fingerprints/" + id + ".json").orElseThrow().bytes());
        assertEquals("incoming/a b.txt", e.key());
        assertFalse(e.rejected(), "a plain news text is accepted");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("\"outcome\":\"ok\""));
    }

    @Test
    void rejectionsTravelInTheEnvelope() {
        objects.upload("incoming/empty.txt", new byte[0], "text/plain", Map.of());
        handler.handleRequest(event("incoming/empty.txt"), null);
        String id = ArticleIds.of("incoming/empty.txt", new byte[0]);
        Envelope e = Envelope.fromJson(objects.get("fingerprints/" + id + ".json").orElseThrow().bytes());
        assertTrue(e.rejected());
    }

    @Test
    void ignoresKeysOutsideItsPrefixAndVanishedObjects() {
        objects.put("results/x.json", "{}".getBytes(StandardCharsets.UTF_8), "application/json");
        handler.handleRequest(event("results/x.json", "fingerprints/y.json", "incoming/", "incoming/gone.txt"), null);
        assertEquals(Set.of("results/x.json"), objects.keys(), "nothing written");
    }

    @Test
    void failuresAreRethrownForTheAsyncRetry() {
        FingerprintHandler broken = new FingerprintHandler(new FingerprintService(Engine.standard(),
                new InMemoryObjectStore() {
                    @Override
                    public java.util.Optional<StoredObject> get(String key) {
                        throw new IllegalStateException("S3 is down");
                    }
                }, StorageLayout.DEFAULT), StorageLayout.DEFAULT, Telemetry.forFunction("fingerprint", n -> "off"));
        assertThrows(IllegalStateException.class, () -> broken.handleRequest(event("incoming/a.txt"), null));
    }
}
