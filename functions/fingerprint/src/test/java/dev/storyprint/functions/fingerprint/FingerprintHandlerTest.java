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
import dev.storyprint.store.memory.InMemoryMatchQueue;
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
    private final InMemoryMatchQueue queue = new InMemoryMatchQueue();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final FingerprintHandler handler = new FingerprintHandler(
            new FingerprintService(Engine.standard(), objects, queue, StorageLayout.DEFAULT), StorageLayout.DEFAULT,
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
    void sendsTheEnvelopeForAnUrlEncodedKey() {
        byte[] bytes = article().getBytes(StandardCharsets.UTF_8);
        objects.upload("incoming/a b.txt", bytes, "text/plain", Map.of("source", "Wire"));
        handler.handleRequest(event("incoming/a+b.txt"), null);
        String id = ArticleIds.of("incoming/a b.txt", bytes);
        Envelope e = Envelope.fromJson(queue.last().toJson());
        assertEquals(id, e.articleId());
        assertEquals("incoming/a b.txt", e.key());
        assertEquals(Set.of("incoming/a b.txt"), objects.keys(), "nothing written to the bucket");
        assertFalse(e.rejected(), "a plain news text is accepted");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("\"outcome\":\"ok\""));
    }

    @Test
    void rejectionsTravelInTheEnvelope() {
        objects.upload("incoming/empty.txt", new byte[0], "text/plain", Map.of());
        handler.handleRequest(event("incoming/empty.txt"), null);
        String id = ArticleIds.of("incoming/empty.txt", new byte[0]);
        Envelope e = queue.last();
        assertEquals(id, e.articleId());
        assertTrue(e.rejected());
    }

    @Test
    void ignoresKeysOutsideItsPrefixAndVanishedObjects() {
        objects.put("results/x.json", "{}".getBytes(StandardCharsets.UTF_8), "application/json");
        handler.handleRequest(event("results/x.json", "fingerprints/y.json", "incoming/", "incoming/gone.txt"), null);
        assertEquals(Set.of("results/x.json"), objects.keys(), "nothing written");
        assertTrue(queue.sent().isEmpty(), "nothing sent");
    }

    @Test
    void failuresAreRethrownForTheAsyncRetry() {
        FingerprintHandler broken = new FingerprintHandler(new FingerprintService(Engine.standard(),
                new InMemoryObjectStore() {
                    @Override
                    public java.util.Optional<StoredObject> get(String key) {
                        throw new IllegalStateException("S3 is down");
                    }
                }, queue, StorageLayout.DEFAULT), StorageLayout.DEFAULT, Telemetry.forFunction("fingerprint", n -> "off"));
        assertThrows(IllegalStateException.class, () -> broken.handleRequest(event("incoming/a.txt"), null));
    }

    @Test
    void aFailedSendFailsTheInvocationSoItIsRetried() {
        byte[] bytes = article().getBytes(StandardCharsets.UTF_8);
        objects.upload("incoming/a.txt", bytes, "text/plain", Map.of());
        FingerprintHandler unreachable = new FingerprintHandler(new FingerprintService(Engine.standard(), objects,
                r -> {
                    throw new IllegalStateException("Lambda is down");
                }, StorageLayout.DEFAULT), StorageLayout.DEFAULT, Telemetry.forFunction("fingerprint", n -> "off"));
        assertThrows(IllegalStateException.class, () -> unreachable.handleRequest(event("incoming/a.txt"), null));
    }

    @Test
    void everyLogLineCarriesTheRequestIdAndTheColdStartFlag() {
        byte[] bytes = article().getBytes(StandardCharsets.UTF_8);
        objects.upload("incoming/traced.txt", bytes, "text/plain", Map.of());
        handler.handleRequest(event("incoming/traced.txt"), new TestContext("req-1"));
        handler.handleRequest(event("incoming/traced.txt"), new TestContext("req-2"));
        String[] lines = log.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        // Powertools' field names: the first event of the process is the cold start
        assertTrue(lines[0].contains("\"cold_start\":true") && lines[0].contains("\"function_request_id\":\"req-1\""),
                lines[0]);
        assertTrue(lines[1].contains("\"cold_start\":false") && lines[1].contains("\"function_request_id\":\"req-2\""),
                lines[1]);
        for (String line : lines) {
            assertTrue(line.contains("\"function_name\":\"storyprint-fingerprint\"") && line.contains("\"service\":\"storyprint\"")
                    && line.contains("\"function_memory_size\":1024"), line);
        }
    }

    /** The fields of Lambda's context a handler reads; what the runtime would pass. */
    record TestContext(String requestId) implements com.amazonaws.services.lambda.runtime.Context {
        @Override
        public String getAwsRequestId() {
            return requestId;
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/storyprint-fingerprint";
        }

        @Override
        public String getLogStreamName() {
            return "test";
        }

        @Override
        public String getFunctionName() {
            return "storyprint-fingerprint";
        }

        @Override
        public String getFunctionVersion() {
            return "7";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:000000000000:function:storyprint-fingerprint:live";
        }

        @Override
        public com.amazonaws.services.lambda.runtime.CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public com.amazonaws.services.lambda.runtime.ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 60_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public com.amazonaws.services.lambda.runtime.LambdaLogger getLogger() {
            return null;
        }
    }
}
