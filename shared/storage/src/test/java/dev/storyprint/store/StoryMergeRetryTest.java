package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.storyprint.engine.Label;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.LocalAws;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The story merge (a late source of A in story SA and of D in story SD moves D's copy D2 along into
 * SA) under the two failures a delivery can meet half-way: the function dies before D's own
 * relabel (D2 already moved), and the write moving D2 is executed but reported lost.
 */
class StoryMergeRetryTest {
    private final LocalAws aws = LocalAws.get();

    /** Dies (throws) at the first saveVerdict of each armed article, before writing it. */
    static final class CrashingRepository extends ForwardingArticleRepository {
        CrashingRepository(ArticleRepository delegate) {
            super(delegate);
        }

        @Override
        public boolean saveVerdict(ArticleRecord updated) {
            if (armed.remove(updated.articleId())) {
                throw new IllegalStateException("simulated crash before writing " + updated.articleId());
            }
            return delegate.saveVerdict(updated);
        }
    }

    /** A, D, D2 (exact copy of D) stored; returns the round-up X containing A and D, published first. */
    private static Envelope[] scenario(MatchService service) {
        String a = MatchServiceContract.story(21);
        String d = MatchServiceContract.story(22);
        Envelope ea = MatchServiceContract.envelope("incoming/a.txt", a, Instant.parse("2024-05-03T10:00:00Z"));
        Envelope ed = MatchServiceContract.envelope("incoming/d.txt", d, Instant.parse("2024-05-03T11:00:00Z"));
        Envelope ed2 = MatchServiceContract.envelope("incoming/d2.txt", d, Instant.parse("2024-05-04T10:00:00Z"));
        Envelope ex = MatchServiceContract.envelope("incoming/x.txt", a + "\n\n" + d, Instant.parse("2024-05-01T10:00:00Z"));
        Verdict va = service.process(ea);
        Verdict vd = service.process(ed);
        Verdict vd2 = service.process(ed2);
        assertNotEquals(va.storyId(), vd.storyId(), "A and D start as two stories");
        assertEquals(Label.SYNDICATED, vd2.label());
        assertEquals(ed.articleId(), vd2.matchedArticleId());
        return new Envelope[] {ea, ed, ed2, ex};
    }

    private static Verdict published(InMemoryObjectStore objects, String id) {
        return VerdictJson.fromJson(new String(objects.get("results/" + id + ".json").orElseThrow().bytes(),
                StandardCharsets.UTF_8));
    }

    private static void assertOneStory(ArticleRepository repo, InMemoryObjectStore objects, Envelope[] all) {
        String story = repo.find(all[3].articleId()).orElseThrow().storyId();
        for (Envelope e : all) {
            Verdict v = repo.find(e.articleId()).orElseThrow().verdict();
            assertEquals(story, v.storyId(), "stored " + e.key());
            assertEquals(v, published(objects, e.articleId()), "results/ shows the stored verdict of " + e.key());
        }
        Verdict d2 = repo.find(all[2].articleId()).orElseThrow().verdict();
        assertEquals(all[1].articleId(), d2.matchedArticleId(), "the copy keeps naming D");
        assertEquals(1, d2.history().stream().filter(h -> h.why().contains("merged into")).count(),
                "one merge note: " + d2.history());
    }

    @Test
    void aRedeliveryAfterDyingMidMergeFinishesIt() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        InMemoryObjectStore objects = new InMemoryObjectStore();
        CrashingRepository repo = new CrashingRepository(
                new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter));
        MatchService service = new MatchService(MatchServiceContract.ENGINE, objects, repo,
                new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter), StorageLayout.DEFAULT);
        Envelope[] all = scenario(service);

        repo.arm(all[1].articleId()); // dies when relabelling D, after D2 moved
        assertThrows(IllegalStateException.class, () -> service.process(all[3]));
        Verdict x = service.process(all[3]);
        assertEquals(Label.ORIGINAL, x.label());
        assertOneStory(repo, objects, all);
        assertEquals(x, service.process(all[3]), "a further redelivery changes nothing");
        assertOneStory(repo, objects, all);
    }

    @Test
    void aMoveReportedLostStillUpdatesTheResultObject() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        InMemoryObjectStore objects = new InMemoryObjectStore();
        AmbiguousWriteTest.AmbiguousRepository repo = new AmbiguousWriteTest.AmbiguousRepository(
                new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter));
        MatchService service = new MatchService(MatchServiceContract.ENGINE, objects, repo,
                new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter), StorageLayout.DEFAULT);
        Envelope[] all = scenario(service);

        repo.arm(all[2].articleId()); // the move of D2 is written but reported lost
        assertEquals(Label.ORIGINAL, service.process(all[3]).label());
        assertOneStory(repo, objects, all);
    }

    /** Dies at the first put of each armed key, before writing it. */
    static final class CrashingObjects implements ObjectStore {
        private final ObjectStore delegate;
        private final Set<String> armed = ConcurrentHashMap.newKeySet();

        CrashingObjects(ObjectStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<StoredObject> get(String key) {
            return delegate.get(key);
        }

        @Override
        public void put(String key, byte[] bytes, String contentType) {
            if (armed.remove(key)) {
                throw new IllegalStateException("simulated crash before writing " + key);
            }
            delegate.put(key, bytes, contentType);
        }

        @Override
        public boolean exists(String key) {
            return delegate.exists(key);
        }
    }

    @Test
    void aRedeliveryAfterDyingBeforeAMovedMembersResultRepublishesIt() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        InMemoryObjectStore objects = new InMemoryObjectStore();
        CrashingObjects crashing = new CrashingObjects(objects);
        ArticleRepository repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
        MatchService service = new MatchService(MatchServiceContract.ENGINE, crashing, repo,
                new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter), StorageLayout.DEFAULT);
        Envelope[] all = scenario(service);

        crashing.armed.add("results/" + all[2].articleId() + ".json"); // D2 moved, then the function dies
        assertThrows(IllegalStateException.class, () -> service.process(all[3]));
        assertEquals(Label.ORIGINAL, service.process(all[3]).label());
        assertOneStory(repo, objects, all);
    }
}
