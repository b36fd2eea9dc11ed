package dev.storyprint.functions.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        handler = new MatchHandler(service, Telemetry.forFunction("match", n -> "off"));
    }

    /** Runs the handler on {@code payload} as Lambda would (a stream of the invocation's JSON). */
    private void invoke(byte[] payload) throws IOException {
        handler.handleRequest(new ByteArrayInputStream(payload), new ByteArrayOutputStream(), null);
    }

    private Envelope envelope(String key, String text) {
        String id = ArticleIds.of(key, text.getBytes(StandardCharsets.UTF_8));
        Article a = new Article(id, text, null, null, null, null);
        return new Envelope(id, key, null, null, null, null, ENGINE.fingerprint(a).encode(), null, null);
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
    void envelopeBecomesAResultAndACopyJoinsTheStory() throws IOException {
        Envelope a = envelope("incoming/a.txt", text());
        Envelope b = envelope("incoming/b.txt", text());
        invoke(a.toJson());
        invoke(b.toJson());
        assertEquals(Label.ORIGINAL, result(a.articleId()).label());
        assertEquals(Label.SYNDICATED, result(b.articleId()).label());
        assertEquals(a.articleId(), result(b.articleId()).storyId());
    }

    @Test
    void aRedeliveredEnvelopeKeepsItsVerdict() throws IOException {
        Envelope a = envelope("incoming/a.txt", text());
        invoke(a.toJson());
        byte[] first = objects.get("results/" + a.articleId() + ".json").orElseThrow().bytes();
        invoke(a.toJson());
        assertEquals(new String(first, StandardCharsets.UTF_8),
                new String(objects.get("results/" + a.articleId() + ".json").orElseThrow().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aPayloadThatIsNotAnEnvelopeFailsTheInvocation() {
        assertThrows(IllegalArgumentException.class, () -> invoke("not json".getBytes(StandardCharsets.UTF_8)));
        // an S3 event sent here by mistake (the function has no S3 trigger) is refused, not guessed at
        assertThrows(IllegalArgumentException.class, () -> invoke("{\"Records\":[]}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.of(), objects.keys());
    }
}
