package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.SignatureIndex.Posting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DynamoSignatureIndexTest {
    private final LocalAws aws = LocalAws.get();
    private final CapacityMeter meter = new CapacityMeter();

    @Test
    void addIsIdempotentAndLookupReturnsPostings() {
        LocalAws.Tables t = aws.tables();
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter);
        index.add("a1", new long[] {1, 2, -3});
        index.add("a1", new long[] {1, 2, -3});
        index.add("a2", new long[] {2});
        Map<Long, Posting> p = index.lookup(new long[] {1, 2, -3, 4});
        assertEquals(Set.of("a1"), p.get(1L).articleIds());
        assertEquals(Set.of("a1", "a2"), p.get(2L).articleIds());
        assertEquals(Set.of("a1"), p.get(-3L).articleIds());
        assertFalse(p.containsKey(4L));
    }

    @Test
    void aFullPostingListSaturatesAndStopsGrowing() {
        LocalAws.Tables t = aws.tables();
        int cap = 3;
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter, cap);
        for (int i = 0; i < cap; i++) {
            index.add("a" + i, new long[] {7});
        }
        assertFalse(index.lookup(new long[] {7}).get(7L).saturated());
        index.add("a0", new long[] {7}); // retry of a member at the cap: still a no-op
        assertFalse(index.lookup(new long[] {7}).get(7L).saturated());
        index.add("late", new long[] {7, 8});
        index.add("later", new long[] {7});
        Posting p = index.lookup(new long[] {7}).get(7L);
        assertTrue(p.saturated());
        assertEquals(cap, p.articleIds().size(), "a saturated key keeps its size");
        assertEquals(Set.of("late"), index.lookup(new long[] {8}).get(8L).articleIds());
    }

    @Test
    void anArticleIsIndexedInOneRequestAndSaturatedKeysAreSkipped() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter own = new CapacityMeter();
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), own, 2);
        index.add("a", LongStream.range(0, 96).toArray());
        assertEquals(1, own.snapshot().total().requests(), own.snapshot().toString());
        index.add("b", new long[] {0, 1});
        index.add("c", new long[] {0, 1}); // both at the cap: saturated on the per-key path
        assertTrue(index.lookup(new long[] {0}).get(0L).saturated());
        own.reset();
        index.add("d", new long[] {0, 1, 2, 3});
        CapacityMeter.Snapshot s = own.snapshot();
        assertEquals(Set.of("TransactWriteItems.sig"), s.byOperation().keySet(), s.toString());
        assertEquals(2, s.total().requests(), "one cancelled by the saturated keys, one without them: " + s);
        Map<Long, Posting> p = index.lookup(new long[] {0, 1, 2, 3});
        assertEquals(Set.of("a", "d"), p.get(2L).articleIds());
        assertEquals(Set.of("a", "d"), p.get(3L).articleIds());
        assertEquals(Set.of("a", "b"), p.get(1L).articleIds());
        assertTrue(p.get(1L).saturated());
    }

    @Test
    void lookupSpansSeveralBatchRequests() {
        LocalAws.Tables t = aws.tables();
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter);
        long[] keys = LongStream.range(0, 150).toArray();
        index.add("a1", keys);
        assertEquals(150, index.lookup(keys).size());
    }

    /**
     * The arrival protocol at the storage level: index entries are written before the number is
     * taken, so every article sees every article with a smaller number, whatever the interleaving.
     */
    @Test
    void everyArticleSeesAllArticlesNumberedBeforeIt() throws Exception {
        LocalAws.Tables t = aws.tables();
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter);
        DynamoArticleRepository repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
        int threads = 16;
        long[] keys = LongStream.range(100, 124).toArray();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Map.Entry<Long, Set<String>>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String id = String.format("c%019d", i);
                Callable<Map.Entry<Long, Set<String>>> task = () -> {
                    start.await();
                    repo.putIfAbsent(DynamoArticleRepositoryTest.pending(id));
                    index.add(id, keys);
                    long seq = repo.assignArrivalSeq(id);
                    Set<String> seen = new java.util.HashSet<>();
                    index.lookup(keys).values().forEach(p -> seen.addAll(p.articleIds()));
                    return Map.entry(seq, seen);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            Map<Long, Set<String>> seenBySeq = new HashMap<>();
            Map<Long, String> idBySeq = new HashMap<>();
            for (int i = 0; i < threads; i++) {
                Map.Entry<Long, Set<String>> e = results.get(i).get();
                seenBySeq.put(e.getKey(), e.getValue());
                idBySeq.put(e.getKey(), String.format("c%019d", i));
            }
            assertEquals(threads, seenBySeq.size(), "numbers are distinct");
            for (long seq : seenBySeq.keySet()) {
                for (long earlier : seenBySeq.keySet()) {
                    if (earlier < seq) {
                        assertTrue(seenBySeq.get(seq).contains(idBySeq.get(earlier)),
                                "article #" + seq + " must see #" + earlier);
                    }
                }
            }
            ArticleRecord any = repo.find(idBySeq.values().iterator().next()).orElseThrow();
            assertTrue(any.arrivalSeq() != null);
        } finally {
            pool.shutdownNow();
        }
    }
}
