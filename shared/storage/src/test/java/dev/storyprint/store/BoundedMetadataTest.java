package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Verdict;
import dev.storyprint.engine.text.Limits;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.LocalAws;
import dev.storyprint.store.memory.InMemoryMatchQueue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An upload whose metadata or JSON envelope claims a 450 KB title or URL still gets its verdict:
 * the engine bounds those fields where it reads them, so the article's DynamoDB item (which holds
 * them twice) stays far under the 400 KB item limit that DynamoDB Local enforces like AWS.
 */
class BoundedMetadataTest {
    private static final String HUGE = "Headline ".repeat(450 * 1024 / 9);
    private static final Engine ENGINE = Engine.standard();

    private final LocalAws aws = LocalAws.get();
    private InMemoryObjectStore objects;
    private DynamoArticleRepository repo;
    private FingerprintService fingerprints;
    private final InMemoryMatchQueue queue = new InMemoryMatchQueue();
    private MatchService match;

    @BeforeEach
    void setUp() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        objects = new InMemoryObjectStore();
        repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
        fingerprints = new FingerprintService(ENGINE, objects, queue, StorageLayout.DEFAULT);
        match = new MatchService(ENGINE, objects, repo, new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter),
                StorageLayout.DEFAULT);
    }

    @Test
    void aHugeTitleAndUrlInUserMetadataAreBoundedAndTheArticleDecided() {
        objects.upload("incoming/meta.txt", MatchServiceContract.story(1).getBytes(StandardCharsets.UTF_8), "text/plain",
                Map.of("title", HUGE, "url", "https://example.com/" + HUGE, "source", HUGE));
        assertDecided(process("incoming/meta.txt"), Label.ORIGINAL);
    }

    @Test
    void aHugeTitleInAJsonEnvelopeIsBoundedAndTheArticleDecided() {
        String json = "{\"text\": \"" + MatchServiceContract.story(2).replace("\n", "\\n") + "\", \"title\": \"" + HUGE
                + "\", \"url\": \"https://example.com/" + HUGE + "\"}";
        objects.upload("incoming/envelope.json", json.getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        assertDecided(process("incoming/envelope.json"), Label.ORIGINAL);
    }

    @Test
    void aRejectedUploadWithAHugeTitleIsStoredToo() {
        objects.upload("incoming/short.txt", "Too short.".getBytes(StandardCharsets.UTF_8), "text/plain",
                Map.of("title", HUGE));
        assertDecided(process("incoming/short.txt"), Label.REJECTED);
    }

    private Verdict process(String key) {
        Envelope e = fingerprints.process(key).orElseThrow();
        return match.process(queue.last());
    }

    private void assertDecided(Verdict v, Label label) {
        assertEquals(label, v.label(), v.toString());
        ArticleRecord stored = repo.find(v.articleId()).orElseThrow();
        assertTrue(stored.isFinal());
        assertEquals(Limits.MAX_TITLE_CHARS, stored.verdict().title().length());
        if (stored.verdict().url() != null) {
            assertEquals(Limits.MAX_URL_CHARS, stored.verdict().url().length());
        }
    }
}
