package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.SignatureIndex;
import dev.storyprint.store.SignatureIndex.Posting;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A new article's record, then its retrieval keys (one conditional write each), and the paths around it. */
class RegisterIndexedTest {
    private final LocalAws aws = LocalAws.get();

    @Test
    void aNewArticleIsStoredThenIndexedWithOneWritePerKey() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter);
        ArticleRecord record = DynamoArticleRepositoryTest.pending("b0000000000000000001");
        long[] keys = LongStream.range(0, 24).toArray();
        assertSame(record, repo.putIfAbsentIndexed(record, index, keys));
        CapacityMeter.Snapshot s = meter.snapshot();
        // the record, one write per key (the caller chose the keys: see MatchService.keysToWrite)
        assertEquals(Set.of("PutItem", "UpdateItem.sig"), s.byOperation().keySet(), s.toString());
        assertEquals(25, s.total().requests(), s.toString());
        assertEquals(24.0, s.byOperation().get("UpdateItem.sig").writeUnits(), 1e-9, s.toString());
        assertEquals(record.objectKey(), repo.find(record.articleId()).orElseThrow().objectKey());
        Map<Long, Posting> p = index.lookup(keys);
        assertEquals(24, p.size());
        assertTrue(p.values().stream().allMatch(x -> x.representatives().equals(Set.of(record.articleId()))
                && x.stories().equals(Set.of(record.articleId()))));
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
        assertTrue(index.lookup(new long[] {41, 42}).isEmpty(), "an existing record writes no key");
    }

    @Test
    void aFullKeyStillStoresTheRecordAndTheOtherKeys() {
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter);
        for (int i = 0; i < SignatureIndex.REPRESENTATIVES; i++) {
            index.add("x" + i, new long[] {7});
        }
        ArticleRecord record = DynamoArticleRepositoryTest.pending("b0000000000000000003");
        assertSame(record, repo.putIfAbsentIndexed(record, index, new long[] {7, 8, 9}));
        assertTrue(repo.find(record.articleId()).isPresent());
        Map<Long, Posting> p = index.lookup(new long[] {7, 8, 9});
        assertTrue(p.get(7L).full());
        assertFalse(p.get(7L).representatives().contains(record.articleId()));
        assertEquals(Set.of(record.articleId()), p.get(8L).representatives());
        assertEquals(Set.of(record.articleId()), p.get(9L).representatives());
    }
}
