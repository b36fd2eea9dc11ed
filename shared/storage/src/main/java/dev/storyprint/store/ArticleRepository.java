package dev.storyprint.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The articles table: registration, arrival order and verdicts. Every read that a decision depends
 * on is strongly consistent (except the story GSI, which DynamoDB only offers eventually consistent).
 */
public interface ArticleRepository {
    Optional<ArticleRecord> find(String articleId);

    /**
     * Stores {@code record} unless an article with its id exists; returns what is stored afterwards
     * (the existing record when a delivery of the same object got there first): {@code record}
     * itself exactly when this call stored it.
     */
    ArticleRecord putIfAbsent(ArticleRecord record);

    /**
     * {@link #putIfAbsent}, and when this call stored the record, also {@code index.add} of its
     * retrieval keys: a store that can writes both at once (DynamoDB: one transaction), saving a
     * request on every new article. Returns what {@link #putIfAbsent} returns; when that is an
     * existing record, the keys may or may not have been added.
     */
    default ArticleRecord putIfAbsentIndexed(ArticleRecord record, SignatureIndex index, long[] retrievalKeys) {
        ArticleRecord stored = putIfAbsent(record);
        if (stored == record) {
            index.add(record.articleId(), retrievalKeys);
        }
        return stored;
    }

    /**
     * Gives the article the next number of the global arrival order, once: a retry gets the number
     * the first attempt stored. Call only after the article's retrieval keys are indexed.
     */
    long assignArrivalSeq(String articleId);

    /** The records of those ids that exist, in no particular order. */
    List<ArticleRecord> findAll(Collection<String> articleIds);

    /**
     * Those of the ids whose verdict is stored (final), from a read that may lag behind the latest
     * writes: a decided article stays decided, so a lagging read can only leave one out.
     */
    default Set<String> decided(Collection<String> articleIds) {
        Set<String> out = new HashSet<>();
        for (ArticleRecord r : findAll(articleIds)) {
            if (r.isFinal()) {
                out.add(r.articleId());
            }
        }
        return out;
    }

    /** Up to {@code limit} decided articles of a story, earliest arrival first. */
    List<ArticleRecord> story(String storyId, int limit);

    /**
     * Up to {@code limit} decided articles of a story with an arrival number above {@code afterSeq},
     * earliest first: pages through a whole story, also while its members are being moved out of it.
     */
    List<ArticleRecord> storyAfter(String storyId, long afterSeq, int limit);

    /**
     * Records on the (pending) article the story merges it is about to carry out, each
     * {@code "<from>><into>"}; adding an element twice is a no-op.
     */
    void noteMerges(String articleId, Collection<String> merges);

    /** The merges {@link #noteMerges} recorded on the article; empty when none. */
    Set<String> notedMerges(String articleId);

    /**
     * Writes {@code updated}'s verdict if the stored version is still {@code updated.version()}
     * (optimistic locking); the stored version is then bumped. False when someone wrote first.
     */
    boolean saveVerdict(ArticleRecord updated);
}
