package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Evidence;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Scores;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.ArticleRecord;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DynamoArticleRepositoryTest {
    private final LocalAws aws = LocalAws.get();
    private final CapacityMeter meter = new CapacityMeter();
    private DynamoArticleRepository repo;

    @BeforeEach
    void tables() {
        LocalAws.Tables t = aws.tables();
        repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
    }

    static ArticleRecord pending(String id) {
        return new ArticleRecord(id, "incoming/" + id + ".txt", "T", "S", "https://x/" + id,
                Instant.parse("2024-01-02T03:04:05Z"), new byte[] {1, 2, 3, (byte) id.hashCode()}, null, false, null, 0);
    }

    static Verdict verdict(String id, Label label, String story, String matched) {
        return new Verdict(id, label, story, matched, 0.9, new Scores(0.8, 0.7), Evidence.none("test"), null,
                "incoming/" + id + ".txt", "T", "S", null, null, Instant.parse("2024-01-02T03:04:05Z"), List.of());
    }

    @Test
    void putIfAbsentKeepsTheFirstRegistration() {
        ArticleRecord first = pending("a0000000000000000001");
        assertEquals(first.articleId(), repo.putIfAbsent(first).articleId());
        ArticleRecord second = new ArticleRecord(first.articleId(), "incoming/other.txt", null, null, null, null,
                new byte[] {9}, null, false, null, 0);
        ArticleRecord stored = repo.putIfAbsent(second);
        assertEquals("incoming/a0000000000000000001.txt", stored.objectKey());
        assertEquals(4, stored.fingerprint().length);
        assertEquals(first.publishedAt(), stored.publishedAt());
    }

    @Test
    void arrivalNumberIsTakenOnce() {
        repo.putIfAbsent(pending("a0000000000000000001"));
        repo.putIfAbsent(pending("a0000000000000000002"));
        long a = repo.assignArrivalSeq("a0000000000000000001");
        long b = repo.assignArrivalSeq("a0000000000000000002");
        assertTrue(b > a);
        assertEquals(a, repo.assignArrivalSeq("a0000000000000000001"), "a retry keeps its first number");
        assertEquals(a, repo.find("a0000000000000000001").orElseThrow().arrivalSeq());
    }

    @Test
    void verdictWritesUseOptimisticLocking() {
        repo.putIfAbsent(pending("a0000000000000000001"));
        ArticleRecord r = repo.find("a0000000000000000001").orElseThrow();
        assertTrue(repo.saveVerdict(r.withVerdict(verdict(r.articleId(), Label.ORIGINAL, r.articleId(), null))));
        assertFalse(repo.saveVerdict(r.withVerdict(verdict(r.articleId(), Label.SPUN, "x", "y"))),
                "a writer holding the old version loses");
        ArticleRecord after = repo.find("a0000000000000000001").orElseThrow();
        assertTrue(after.isFinal());
        assertEquals(Label.ORIGINAL, after.label());
        assertEquals(1, after.version());
        assertNull(after.verdict().matchedArticleId());
    }

    @Test
    void storyListsDecidedMembersInArrivalOrderAndBatchReadFindsRecords() {
        String[] ids = {"a0000000000000000003", "a0000000000000000001", "a0000000000000000002"};
        for (String id : ids) {
            repo.putIfAbsent(pending(id));
            repo.assignArrivalSeq(id);
        }
        for (String id : ids) {
            ArticleRecord r = repo.find(id).orElseThrow();
            repo.saveVerdict(r.withVerdict(verdict(id, Label.SYNDICATED, "story1", ids[0])));
        }
        repo.putIfAbsent(pending("a0000000000000000009")); // pending: not in the story index
        assertEquals(List.of(ids[0], ids[1], ids[2]),
                repo.story("story1", 8).stream().map(ArticleRecord::articleId).toList());
        assertEquals(2, repo.story("story1", 2).size());
        Set<String> found = repo.findAll(List.of(ids[1], "a0000000000000000404", ids[2])).stream()
                .map(ArticleRecord::articleId).collect(Collectors.toSet());
        assertEquals(Set.of(ids[1], ids[2]), found);
        assertTrue(meter.snapshot().total().requests() > 0);
    }
}
