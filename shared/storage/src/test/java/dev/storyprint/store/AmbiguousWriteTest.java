package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.storyprint.engine.Label;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.LocalAws;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A verdict write that DynamoDB executed but reported as failed (timeout, 5xx after commit): the
 * retry finds the write already there. The stored verdict and the results/ object must still agree.
 */
class AmbiguousWriteTest {
    private final LocalAws aws = LocalAws.get();

    /** Executes the first saveVerdict of each armed article, then answers "someone wrote first". */
    static final class AmbiguousRepository extends ForwardingArticleRepository {
        AmbiguousRepository(ArticleRepository delegate) {
            super(delegate);
        }

        @Override
        public boolean saveVerdict(ArticleRecord updated) {
            boolean saved = delegate.saveVerdict(updated);
            return saved && !armed.remove(updated.articleId());
        }
    }

    @Test
    void anAmbiguousRelabelStillUpdatesTheResultObject() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        InMemoryObjectStore objects = new InMemoryObjectStore();
        AmbiguousRepository repo = new AmbiguousRepository(
                new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter));
        MatchService service = new MatchService(MatchServiceContract.ENGINE, objects, repo,
                new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter), StorageLayout.DEFAULT);
        String text = MatchServiceContract.story(11);
        Envelope late = MatchServiceContract.envelope("incoming/late.txt", text, Instant.parse("2024-03-02T10:00:00Z"));
        Envelope early = MatchServiceContract.envelope("incoming/early.txt", text, Instant.parse("2024-03-01T10:00:00Z"));
        assertEquals(Label.ORIGINAL, service.process(late).label());

        repo.arm(late.articleId()); // the relabel of the late copy is executed but reported lost
        assertEquals(Label.ORIGINAL, service.process(early).label());

        Verdict stored = repo.find(late.articleId()).orElseThrow().verdict();
        assertEquals(Label.SYNDICATED, stored.label());
        Verdict published = VerdictJson.fromJson(new String(objects.get("results/" + late.articleId() + ".json")
                .orElseThrow().bytes(), StandardCharsets.UTF_8));
        assertEquals(stored, published, "results/ must show the stored verdict");
    }
}
