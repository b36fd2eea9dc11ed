package dev.storyprint.functions.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import dev.storyprint.engine.Article;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.Envelope;
import dev.storyprint.store.InMemoryObjectStore;
import dev.storyprint.store.MatchService;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.Telemetry;
import dev.storyprint.store.VerdictJson;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.TableDefinitions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class MatchHandlerTest {
    private static final Engine ENGINE = Engine.standard();
    private final InMemoryObjectStore objects = new InMemoryObjectStore();
    /** In-process DynamoDB Local (the adapters are tested over HTTP in storyprint-storage). */
    private static final AmazonDynamoDBLocal DYNAMO = DynamoDBEmbedded.create();
    private static int tables;
    private MatchHandler handler;

    @AfterAll
    static void stop() {
        DYNAMO.shutdownNow();
    }

    @BeforeEach
    void setUp() {
        DynamoDbClient db = DYNAMO.dynamoDbClient();
        String articles = "articles-" + (++tables);
        String signatures = "signatures-" + tables;
        TableDefinitions.createAll(db, articles, signatures);
        CapacityMeter meter = new CapacityMeter();
        MatchService service = new MatchService(ENGINE, objects,
                new DynamoArticleRepository(db, articles, signatures, meter),
                new DynamoSignatureIndex(db, signatures, meter), StorageLayout.DEFAULT);
        handler = new MatchHandler(service, StorageLayout.DEFAULT, Telemetry.forFunction("match", n -> "off"));
    }

    static S3Event event(String... keys) {
        List<S3EventNotification.S3EventNotificationRecord> records = new ArrayList<>();
        for (String key : keys) {
            S3EventNotification.S3Entity s3 = new S3EventNotification.S3Entity("cfg",
                    new S3EventNotification.S3BucketEntity("bucket", null, "arn:aws:s3:::bucket"),
                    new S3EventNotification.S3ObjectEntity(key, 10L, "etag", null, "seq"), "1.0");
            records.add(new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                    "2026-11-22T10:00:00.000Z", "2.1", null, null, s3, null));
        }
        return new S3Event(records);
    }

    private String putEnvelope(String key, String text) {
        String id = ArticleIds.of(key, text.getBytes(StandardCharsets.UTF_8));
        Article a = new Article(id, text, null, null, null, null);
        Envelope e = new Envelope(id, key, null, null, null, null, ENGINE.fingerprint(a).encode(), null, null);
        objects.put("fingerprints/" + id + ".json", e.toJson(), "application/json");
        return id;
    }

    private Verdict result(String id) {
        return VerdictJson.fromJson(new String(objects.get("results/" + id + ".json").orElseThrow().bytes(),
                StandardCharsets.UTF_8));
    }

    static String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append("Councillor Vega said on day ").append(i).append(" that the harbour talks with ")
                    .append(30 + i).append(" delegates would continue next week in Northport. ");
        }
        return sb.toString();
    }

    @Test
    void envelopeBecomesAResultAndACopyJoinsTheStory() {
        String a = putEnvelope("incoming/a.txt", text());
        String b = putEnvelope("incoming/b.txt", text());
        handler.handleRequest(event("fingerprints/" + a + ".json"), null);
        handler.handleRequest(event("fingerprints/" + b + ".json"), null);
        assertEquals(Label.ORIGINAL, result(a).label());
        assertEquals(Label.SYNDICATED, result(b).label());
        assertEquals(a, result(b).storyId());
    }

    @Test
    void ignoresItsOwnOutputAndOtherPrefixes() {
        objects.put("results/x.json", "{}".getBytes(StandardCharsets.UTF_8), "application/json");
        handler.handleRequest(event("results/x.json", "incoming/y.txt", "fingerprints/gone.json"), null);
        assertEquals(Set.of("results/x.json"), objects.keys());
    }

    @Test
    void malformedEnvelopeFailsTheInvocation() {
        objects.put("fingerprints/bad.json", "not json".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThrows(IllegalArgumentException.class, () -> handler.handleRequest(event("fingerprints/bad.json"), null));
    }
}
