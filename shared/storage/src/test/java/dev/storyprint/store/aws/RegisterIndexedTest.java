package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.SignatureIndex.Posting;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A new article's record and retrieval keys in one transaction, and the paths around it. */
class RegisterIndexedTest {
    private final LocalAws aws = LocalAws.get();

    @Test
    void aNewArticleIsStoredAndIndexedInOneRequest() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter);
        ArticleRecord record = DynamoArticleRepositoryTest.pending("b0000000000000000001");
        long[] keys = LongStream.range(0, 96).toArray();
        assertSame(record, repo.putIfAbsentIndexed(record, index, keys));
        CapacityMeter.Snapshot s = meter.snapshot();
        assertEquals(Set.of("TransactWriteItems.sig"), s.byOperation().keySet(), s.toString());
        assertEquals(1, s.total().requests(), s.toString());
        assertEquals(record.objectKey(), repo.find(record.articleId()).orElseThrow().objectKey());
        Map<Long, Posting> p = index.lookup(keys);
        assertEquals(96, p.size());
        assertTrue(p.values().stream().allMatch(x -> x.articleIds().equals(Set.of(record.articleId()))));
    }

    @Test
    void anExistingArticleIsReturnedAndNothingIsWritten() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter);
        ArticleRecord first = DynamoArticleRepositoryTest.pending("b0000000000000000002");
        repo.putIfAbsent(first);
        ArticleRecord again = DynamoArticleRepositoryTest.pending("b0000000000000000002");
        ArticleRecord stored = repo.putIfAbsentIndexed(again, index, new long[] {41, 42});
        assertNotSame(again, stored, "the stored record, not ours");
        assertEquals(first.objectKey(), stored.objectKey());
        assertTrue(index.lookup(new long[] {41, 42}).isEmpty(), "a cancelled transaction writes no key");
    }

    @Test
    void aSaturatedKeyStillStoresTheRecordAndTheOtherKeys() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        int cap = 1;
        DynamoArticleRepository repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter, cap);
        index.add("x", new long[] {7});
        index.add("y", new long[] {7}); // at the cap: saturated
        ArticleRecord record = DynamoArticleRepositoryTest.pending("b0000000000000000003");
        assertSame(record, repo.putIfAbsentIndexed(record, index, new long[] {7, 8, 9}));
        assertTrue(repo.find(record.articleId()).isPresent());
        Map<Long, Posting> p = index.lookup(new long[] {7, 8, 9});
        assertTrue(p.get(7L).saturated());
        assertFalse(p.get(7L).articleIds().contains(record.articleId()));
        assertEquals(Set.of(record.articleId()), p.get(8L).articleIds());
        assertEquals(Set.of(record.articleId()), p.get(9L).articleIds());
    }

    @Test
    void anotherStoreTakesTheTwoSeparateWrites() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter);
        ArticleRecord record = DynamoArticleRepositoryTest.pending("b0000000000000000004");
        // An index that is not a DynamoSignatureIndex: the port's default, record first, then the keys.
        dev.storyprint.store.SignatureIndex wrapped = new dev.storyprint.store.SignatureIndex() {
            @Override
            public void add(String articleId, long[] retrievalKeys) {
                assertTrue(repo.find(articleId).isPresent(), "the record is stored before its keys");
                index.add(articleId, retrievalKeys);
            }

            @Override
            public Map<Long, Posting> lookup(long[] retrievalKeys) {
                return index.lookup(retrievalKeys);
            }
        };
        assertSame(record, repo.putIfAbsentIndexed(record, wrapped, new long[] {51, 52}));
        assertTrue(meter.snapshot().byOperation().containsKey("PutItem"), meter.snapshot().toString());
        assertEquals(Set.of(record.articleId()), index.lookup(new long[] {51}).get(51L).articleIds());
    }
}
