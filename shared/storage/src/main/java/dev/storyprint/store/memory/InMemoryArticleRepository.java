package dev.storyprint.store.memory;

import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.ArticleRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link ArticleRepository} in memory with the DynamoDB adapter's semantics (conditional put,
 * versioned verdict writes, a story index of decided, numbered articles by arrival): for the
 * evaluation, which runs the shipped match code over it, and for unit tests of the match protocol.
 * Every method is atomic (one lock), as each DynamoDB request is.
 */
public final class InMemoryArticleRepository implements ArticleRepository {
    private final Map<String, ArticleRecord> records = new HashMap<>();
    /** storyId -> arrivalSeq -> articleId: the story GSI (only final records with a story and a number). */
    private final Map<String, NavigableMap<Long, String>> stories = new HashMap<>();
    private final Map<String, Set<String>> merges = new HashMap<>();
    private long counter;

    @Override
    public synchronized Optional<ArticleRecord> find(String articleId) {
        return Optional.ofNullable(records.get(articleId));
    }

    @Override
    public synchronized ArticleRecord putIfAbsent(ArticleRecord record) {
        ArticleRecord existing = records.get(record.articleId());
        if (existing != null) {
            return existing;
        }
        records.put(record.articleId(), record);
        indexStory(null, record);
        return record;
    }

    @Override
    public synchronized long assignArrivalSeq(String articleId) {
        ArticleRecord r = records.get(articleId);
        if (r == null) {
            throw new IllegalStateException("cannot number unregistered article " + articleId);
        }
        if (r.arrivalSeq() != null) {
            return r.arrivalSeq(); // a retry keeps its first number
        }
        long seq = ++counter;
        ArticleRecord numbered = r.withArrivalSeq(seq);
        records.put(articleId, numbered);
        indexStory(r, numbered);
        return seq;
    }

    @Override
    public synchronized List<ArticleRecord> findAll(Collection<String> articleIds) {
        List<ArticleRecord> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(articleIds)) {
            ArticleRecord r = records.get(id);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public synchronized List<ArticleRecord> story(String storyId, int limit) {
        return storyAfter(storyId, Long.MIN_VALUE, limit);
    }

    @Override
    public synchronized List<ArticleRecord> storyAfter(String storyId, long afterSeq, int limit) {
        NavigableMap<Long, String> members = stories.get(storyId);
        if (members == null) {
            return List.of();
        }
        List<ArticleRecord> out = new ArrayList<>();
        for (String id : members.tailMap(afterSeq, false).values()) {
            if (out.size() == limit) {
                break;
            }
            out.add(records.get(id));
        }
        return out;
    }

    @Override
    public synchronized void noteMerges(String articleId, Collection<String> notes) {
        if (!records.containsKey(articleId)) {
            throw new IllegalStateException("no article " + articleId);
        }
        merges.computeIfAbsent(articleId, k -> new LinkedHashSet<>()).addAll(notes);
    }

    @Override
    public synchronized Set<String> notedMerges(String articleId) {
        return Set.copyOf(merges.getOrDefault(articleId, Set.of()));
    }

    @Override
    public synchronized boolean saveVerdict(ArticleRecord updated) {
        ArticleRecord stored = records.get(updated.articleId());
        if (stored == null || stored.version() != updated.version()) {
            return false;
        }
        // only the verdict (and the state that comes with it) is written, as the adapter's UpdateItem does
        ArticleRecord next = stored.toBuilder().isFinal(true).verdict(updated.verdict()).version(stored.version() + 1)
                .build();
        records.put(next.articleId(), next);
        indexStory(stored, next);
        return true;
    }

    /** Number of stored records (decided or not). */
    public synchronized int size() {
        return records.size();
    }

    private void indexStory(ArticleRecord before, ArticleRecord after) {
        if (before != null && before.storyId() != null && before.arrivalSeq() != null) {
            NavigableMap<Long, String> m = stories.get(before.storyId());
            if (m != null) {
                m.remove(before.arrivalSeq());
            }
        }
        if (after.isFinal() && after.storyId() != null && after.arrivalSeq() != null) {
            stories.computeIfAbsent(after.storyId(), k -> new TreeMap<>()).put(after.arrivalSeq(), after.articleId());
        }
    }
}
