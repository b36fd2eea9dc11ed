package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The match step end to end with the real engine, on DynamoDB Local ({@link MatchServiceDynamoTest}) and
 * on the in-memory stores the evaluation runs on ({@link MatchServiceInMemoryTest}): both keep one protocol.
 */
abstract class MatchServiceContract {
    static final Engine ENGINE = Engine.standard();

    private InMemoryObjectStore objects;
    private ArticleRepository repo;
    private SignatureIndex index;
    private MatchService service;

    /** A fresh repository and index, empty. */
    abstract ArticleRepository repository();

    abstract SignatureIndex signatureIndex();

    @BeforeEach
    void setUp() {
        objects = new InMemoryObjectStore();
        repo = repository();
        index = signatureIndex();
        service = new MatchService(ENGINE, objects, repo, index, StorageLayout.DEFAULT);
    }

    /** A made-up article: deterministic pseudo-random sentences, long enough for every fingerprint path. */
    static String story(long seed) {
        String[] names = {"Alvarez", "Berg", "Tanaka", "Osei", "Novak", "Lindqvist", "Moreau", "Kaur"};
        String[] verbs = {"approved", "rejected", "delayed", "funded", "questioned", "announced", "expanded", "reviewed"};
        String[] things = {"the harbour plan", "a rail link", "the water budget", "new school rules", "the bridge repairs",
            "a farm subsidy", "the port tariffs", "a housing scheme", "the grid upgrade", "a fishing quota"};
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sb.append(names[r.nextInt(names.length)]).append(' ').append(verbs[r.nextInt(verbs.length)]).append(' ')
                    .append(things[r.nextInt(things.length)]).append(" on ").append(1 + r.nextInt(28))
                    .append(" March after ").append(10 + r.nextInt(900)).append(" residents ")
                    .append(r.nextBoolean() ? "signed a petition" : "attended a meeting").append(" in ")
                    .append(names[r.nextInt(names.length)]).append("ville. ");
            if (i % 5 == 4) {
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }

    static Envelope envelope(String key, String text, Instant publishedAt) {
        String id = ArticleIds.of(key, text.getBytes(StandardCharsets.UTF_8));
        Article a = new Article(id, text, "Title " + key, null, "src", publishedAt);
        return new Envelope(id, key, a.title(), a.source(), a.url(), publishedAt, ENGINE.fingerprint(a).encode(), null, null);
    }

    private Verdict result(String id) {
        return VerdictJson.fromJson(new String(objects.get("results/" + id + ".json").orElseThrow().bytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void unrelatedArticlesAreOriginalsOfTheirOwnStories() {
        Verdict a = service.process(envelope("incoming/a.txt", story(1), null));
        Verdict b = service.process(envelope("incoming/b.txt", story(2), null));
        assertEquals(Label.ORIGINAL, a.label());
        assertEquals(a.articleId(), a.storyId());
        assertNull(a.matchedArticleId());
        assertEquals(Label.ORIGINAL, b.label());
        assertEquals(b.articleId(), b.storyId());
        assertEquals(a, result(a.articleId()));
    }

    @Test
    void sameEnvelopeTwiceGivesOneStoryAndTheSameVerdict() {
        Verdict a = service.process(envelope("incoming/a.txt", story(1), null));
        Envelope copy = envelope("incoming/copy.txt", story(1), null);
        Verdict first = service.process(copy);
        byte[] firstResult = objects.get("results/" + copy.articleId() + ".json").orElseThrow().bytes();
        Verdict again = service.process(copy);
        assertEquals(Label.SYNDICATED, first.label());
        assertEquals(a.articleId(), first.matchedArticleId());
        assertEquals(a.articleId(), first.storyId());
        assertEquals(first, again, "a redelivery returns the stored verdict");
        assertEquals(new String(firstResult, StandardCharsets.UTF_8),
                new String(objects.get("results/" + copy.articleId() + ".json").orElseThrow().bytes(), StandardCharsets.UTF_8));
        assertEquals(2, repo.story(a.articleId(), 10).size());
    }

    /**
     * A copy of a decided story writes only the keys its story does not carry (the decided source
     * holds a smaller number, so the copy's lookup finds it anyway); a key whose representative is
     * still undecided is written, since that racer may number after the copy and must see it.
     */
    @Test
    void aCopyOfADecidedStoryWritesOnlyTheKeysItsStoryLacks() {
        List<long[]> writes = new CopyOnWriteArrayList<>();
        SignatureIndex counting = new SignatureIndex() {
            @Override
            public void add(String articleId, long[] keys) {
                writes.add(keys.clone());
                index.add(articleId, keys);
            }

            @Override
            public void addStory(String articleId, String storyId, long[] keys, java.util.Map<Long, Posting> seen) {
                index.addStory(articleId, storyId, keys, seen);
            }

            @Override
            public java.util.Map<Long, Posting> lookup(long[] keys) {
                return index.lookup(keys);
            }

            @Override
            public java.util.Map<Long, Posting> peek(long[] keys) {
                return index.peek(keys);
            }
        };
        MatchService counted = new MatchService(ENGINE, objects, repo, counting, StorageLayout.DEFAULT);
        Envelope source = envelope("incoming/a.txt", story(21), null);
        Verdict a = counted.process(source);
        long[] sourceKeys = KeySample.of(dev.storyprint.engine.Fingerprint.decode(source.fingerprint()));
        assertEquals(sourceKeys.length, writes.get(0).length, "a new story writes every sampled key");

        String text = story(21) + "\n\nCopyright Harbour Wire. Additional reporting by Jo Park in Lindqvistville.";
        Envelope copy = envelope("incoming/copy.txt", text, null);
        writes.clear();
        Verdict c = counted.process(copy);
        assertEquals(Label.SYNDICATED, c.label());
        assertEquals(a.storyId(), c.storyId());
        java.util.Set<Long> theSource = new java.util.HashSet<>();
        for (long k : sourceKeys) {
            theSource.add(k);
        }
        long[] copyKeys = KeySample.of(dev.storyprint.engine.Fingerprint.decode(copy.fingerprint()));
        long[] expected = java.util.Arrays.stream(copyKeys).filter(k -> !theSource.contains(k)).toArray();
        assertTrue(expected.length < copyKeys.length / 2, "the copy shares most keys with its source");
        assertEquals(1, writes.size());
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(writes.get(0)),
                "only the keys the decided source does not hold");

        // an undecided holder: the keys it shares are written
        Envelope pending = envelope("incoming/p.txt", story(22), null);
        service.register(pending);
        Envelope racer = envelope("incoming/r.txt", story(22) + "\n\nReporting by Jo Park.", null);
        writes.clear();
        counted.register(racer);
        java.util.Set<Long> written = new java.util.HashSet<>();
        for (long k : writes.get(0)) {
            written.add(k);
        }
        long[] racerKeys = KeySample.of(dev.storyprint.engine.Fingerprint.decode(racer.fingerprint()));
        java.util.Map<Long, SignatureIndex.Posting> held = index.lookup(racerKeys);
        long[] shared = java.util.Arrays.stream(racerKeys)
                .filter(k -> held.containsKey(k) && held.get(k).representatives().contains(pending.articleId())).toArray();
        assertTrue(shared.length > racerKeys.length / 2);
        for (long k : shared) {
            assertTrue(written.contains(k), "a key held by the undecided article is written: " + k);
        }
    }

    @Test
    void crashAfterRegisteringThenRetryConverges() {
        Verdict a = service.process(envelope("incoming/a.txt", story(3), null));
        Envelope copy = envelope("incoming/copy.txt", story(3), null);
        ArticleRecord registered = service.register(copy).record(); // ... and the process dies here
        assertFalse(registered.isFinal());
        assertNotNull(registered.arrivalSeq());
        Verdict v = service.process(copy); // the platform's retry
        assertEquals(Label.SYNDICATED, v.label());
        assertEquals(a.storyId(), v.storyId());
        ArticleRecord stored = repo.find(copy.articleId()).orElseThrow();
        assertEquals(registered.arrivalSeq(), stored.arrivalSeq(), "the retry keeps its first arrival number");
        assertTrue(stored.isFinal());
    }

    @Test
    void crashAfterIndexingBeforeNumberingThenRetryConverges() {
        Envelope original = envelope("incoming/a.txt", story(4), null);
        repo.putIfAbsent(ArticleRecord.pending(original));
        index.add(original.articleId(), KeySample.of(dev.storyprint.engine.Fingerprint.decode(original.fingerprint())));
        Verdict v = service.process(original);
        assertEquals(Label.ORIGINAL, v.label());
        assertNotNull(repo.find(original.articleId()).orElseThrow().arrivalSeq());
    }

    @Test
    void anEarlierSourceArrivingLaterRelabelsTheCopyAndKeepsHistory() {
        String text = story(5);
        Envelope late = envelope("incoming/republished.txt", text, Instant.parse("2024-03-02T10:00:00Z"));
        Envelope early = envelope("incoming/wire.txt", text, Instant.parse("2024-03-01T10:00:00Z"));
        Verdict first = service.process(late);
        assertEquals(Label.ORIGINAL, first.label());
        Verdict source = service.process(early);
        assertEquals(Label.ORIGINAL, source.label());
        assertEquals(first.storyId(), source.storyId(), "a late source joins the existing story");

        Verdict relabelled = result(late.articleId());
        assertEquals(Label.SYNDICATED, relabelled.label());
        assertEquals(early.articleId(), relabelled.matchedArticleId());
        assertEquals(source.storyId(), relabelled.storyId());
        assertEquals(1, relabelled.history().size());
        assertEquals(Label.ORIGINAL, relabelled.history().get(0).label());
        assertEquals(relabelled, repo.find(late.articleId()).orElseThrow().verdict());
    }

    @Test
    void aMergeIsLoggedAsOneProtocolEvent() {
        List<String> lines = new CopyOnWriteArrayList<>();
        MatchService logged = new MatchService(ENGINE, objects, repo, index, StorageLayout.DEFAULT,
                Clock.systemUTC(), (kind, id, details) -> lines.add(kind + " " + new TreeMap<>(details)));
        String a = story(21);
        String d = story(22);
        logged.process(envelope("incoming/a.txt", a, Instant.parse("2024-05-03T10:00:00Z")));
        logged.process(envelope("incoming/d.txt", d, Instant.parse("2024-05-03T11:00:00Z")));
        logged.process(envelope("incoming/d2.txt", d, Instant.parse("2024-05-04T10:00:00Z")));
        assertEquals(List.of(), lines, "no waits, races or merges when articles arrive one by one");
        Verdict x = logged.process(envelope("incoming/x.txt", a + "\n\n" + d, Instant.parse("2024-05-01T10:00:00Z")));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("merge {from="), lines.get(0));
        assertTrue(lines.get(0).contains("into=" + x.storyId() + ", moved=2,"), lines.get(0));
    }

    @Test
    void rejectionsBecomeVerdictsOnce() {
        Envelope bad = new Envelope("0123456789abcdef0123", "incoming/empty.txt", null, null, null, null, null,
                "empty", "the upload has no text");
        Verdict v = service.process(bad);
        assertEquals(Label.REJECTED, v.label());
        assertEquals("the upload has no text", v.reason());
        assertNull(v.storyId());
        assertEquals(v, service.process(bad));
        assertEquals(v, result(bad.articleId()));
    }

    /** 16 copies of one story processed at once: exactly one original, every other one in its story. */
    @Test
    void concurrentCopiesAgreeOnOneOriginal() throws Exception {
        int copies = 16;
        String text = story(6);
        List<Envelope> envelopes = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            envelopes.add(envelope("incoming/copy-" + i + ".txt", text, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Verdict>> futures = new ArrayList<>();
        try {
            for (Envelope e : envelopes) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return service.process(e);
                }));
            }
            start.countDown();
            for (Future<Verdict> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Verdict> finals = envelopes.stream().map(e -> result(e.articleId())).toList();
        List<Verdict> originals = finals.stream().filter(v -> v.label() == Label.ORIGINAL).toList();
        assertEquals(1, originals.size(), "exactly one original: " + finals);
        String story = originals.get(0).articleId();
        for (Verdict v : finals) {
            assertEquals(story, v.storyId(), "every copy names the original's story");
            assertEquals(v, repo.find(v.articleId()).orElseThrow().verdict(), "results/ agrees with the table");
            if (v.label() != Label.ORIGINAL) {
                assertNotNull(v.matchedArticleId());
            }
        }
        assertEquals(copies, repo.story(story, 100).size());
    }

    /** S3 may deliver the same event twice at once: both deliveries return the one stored verdict. */
    @Test
    void concurrentDuplicateDeliveriesConvergeOnOneVerdict() throws Exception {
        Envelope e = envelope("incoming/dup.txt", story(7), null);
        int deliveries = 4;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Verdict>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < deliveries; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return service.process(e);
                }));
            }
            start.countDown();
            Verdict stored = null;
            for (Future<Verdict> f : futures) {
                Verdict v = f.get();
                assertEquals(Label.ORIGINAL, v.label());
                stored = repo.find(e.articleId()).orElseThrow().verdict();
                assertEquals(stored, v);
            }
            assertEquals(stored, result(e.articleId()));
            assertEquals(1, repo.story(e.articleId(), 10).size());
        } finally {
            pool.shutdownNow();
        }
    }
}
