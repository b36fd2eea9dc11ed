package dev.storyprint.store;

import java.util.Map;
import java.util.Set;

/**
 * Retrieval key -> ids of the articles carrying it. Posting lists are capped: a full list is marked
 * saturated and ignored at lookup, which discounts boilerplate and keeps every item small.
 */
public interface SignatureIndex {
    /** Adds the article under each key; idempotent (a retry adds nothing new). */
    void add(String articleId, long[] retrievalKeys);

    /** The posting lists of those keys that exist. */
    Map<Long, Posting> lookup(long[] retrievalKeys);

    record Posting(Set<String> articleIds, boolean saturated) {
        public Posting {
            articleIds = Set.copyOf(articleIds);
        }
    }
}
