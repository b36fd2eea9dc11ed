package dev.storyprint.store.memory;

import dev.storyprint.store.SignatureIndex;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link SignatureIndex} in memory with the DynamoDB adapter's semantics: at most
 * {@link SignatureIndex#REPRESENTATIVES} ids per key, a provisional story set by the first article
 * and replaced by its own story write, story ids added up to {@link SignatureIndex#BOILERPLATE_STORIES}.
 */
public final class InMemorySignatureIndex implements SignatureIndex {
    private static final class Item {
        final Set<String> reps = new LinkedHashSet<>();
        String first;
        final Set<String> stories = new LinkedHashSet<>();
    }

    private final Map<Long, Item> items = new HashMap<>();

    @Override
    public synchronized void add(String articleId, long[] retrievalKeys) {
        for (long k : retrievalKeys) {
            Item item = items.computeIfAbsent(k, x -> new Item());
            if (item.reps.size() < REPRESENTATIVES || item.reps.contains(articleId)) {
                item.reps.add(articleId);
                if (item.first == null) {
                    item.first = articleId;
                }
            }
        }
    }

    @Override
    public synchronized void addStory(String articleId, String storyId, long[] retrievalKeys, Map<Long, Posting> seen) {
        for (long k : retrievalKeys) {
            Item item = items.computeIfAbsent(k, x -> new Item());
            if (articleId.equals(item.first) || item.first == null) {
                item.first = storyId;
            } else if (!storyId.equals(item.first) && effective(item).size() < BOILERPLATE_STORIES) {
                item.stories.add(storyId);
            }
        }
    }

    @Override
    public synchronized Map<Long, Posting> lookup(long[] retrievalKeys) {
        Map<Long, Posting> out = new HashMap<>();
        for (long k : retrievalKeys) {
            Item item = items.get(k);
            if (item != null) {
                out.put(k, new Posting(item.reps, effective(item)));
            }
        }
        return out;
    }

    private static Set<String> effective(Item item) {
        Set<String> s = new LinkedHashSet<>(item.stories);
        if (item.first != null) {
            s.add(item.first);
        }
        return s;
    }
}
