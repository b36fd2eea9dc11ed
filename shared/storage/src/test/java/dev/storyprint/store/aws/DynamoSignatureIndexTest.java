package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.SignatureIndex;
import dev.storyprint.store.SignatureIndexContract;
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

class DynamoSignatureIndexTest extends SignatureIndexContract {
    private final LocalAws aws = LocalAws.get();
    private final CapacityMeter meter = new CapacityMeter();

    @Override
    protected SignatureIndex newIndex() {
        return new DynamoSignatureIndex(aws.dynamoDb, aws.tables().signatures(), meter);
    }

    @Test
    void aPeekReadsRepresentativesAtHalfAUnitAndAFullKeyTakesNoMore() {
        LocalAws.Tables t = aws.tables();
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter);
        for (int i = 0; i < SignatureIndex.REPRESENTATIVES; i++) {
            index.add("r" + i, new long[] {60, 61, 62});
        }
        index.add("a", new long[] {63});
        meter.reset();
        Map<Long, SignatureIndex.Posting> seen = index.peek(new long[] {60, 61, 62, 63, 64});
        CapacityMeter.Snapshot s = meter.snapshot();
        assertEquals(1, s.total().requests(), s.toString());
        assertEquals(2.0, s.total().readUnits(), 1e-9, "half a unit per item read, eventually consistent: " + s);
        assertEquals(Set.of(60L, 61L, 62L, 63L), seen.keySet(), "absent keys are absent");
        assertTrue(seen.get(60L).full());
        assertEquals(Set.of("a"), seen.get(63L).representatives());

        meter.reset();
        index.add("late", new long[] {60, 63});
        s = meter.snapshot();
        assertEquals(1, s.byOperation().get("UpdateItem.sig").requests(), "the key with room: " + s);
        assertEquals(1, s.byOperation().get("UpdateItem.sig.unchanged").requests(), "the full key's condition fails: " + s);
        assertEquals(Set.of("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7"),
                index.lookup(new long[] {60}).get(60L).representatives(), "a full key takes no more representatives");

        meter.reset();
        index.add("r3", new long[] {60, 61, 62}); // a redelivery of a representative writes again: idempotent
        assertEquals(3, meter.snapshot().byOperation().get("UpdateItem.sig").requests(), meter.snapshot().toString());
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
     * taken, so every article sees every article with a smaller number, or the key's full set of
     * representatives (which registered before it), whatever the interleaving.
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
                    index.lookup(keys).values().forEach(p -> {
                        seen.addAll(p.representatives());
                        if (!p.full()) {
                            seen.add("#room"); // a key with room lists every article that registered it
                        }
                    });
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
                    Set<String> seen = seenBySeq.get(seq);
                    if (earlier < seq && !seen.contains(idBySeq.get(earlier))) {
                        assertTrue(!seen.contains("#room") && seen.size() == SignatureIndex.REPRESENTATIVES,
                                "article #" + seq + " must see #" + earlier + " or a full key: " + seen);
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
