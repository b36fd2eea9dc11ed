package dev.storyprint.store.memory;

import dev.storyprint.store.SignatureIndex;
import dev.storyprint.store.SignaturesTableSchema;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link SignatureIndex} in memory with the DynamoDB adapter's cap: a posting list that would grow
 * past {@link SignaturesTableSchema#POSTING_CAP} ids is flagged saturated instead.
 */
public final class InMemorySignatureIndex implements SignatureIndex {
    private final Map<Long, Set<String>> postings = new HashMap<>();
    private final Set<Long> saturated = new java.util.HashSet<>();
    private final int cap;

    public InMemorySignatureIndex() {
        this(SignaturesTableSchema.POSTING_CAP);
    }

    public InMemorySignatureIndex(int cap) {
        this.cap = cap;
    }

    @Override
    public synchronized void add(String articleId, long[] retrievalKeys) {
        for (long k : retrievalKeys) {
            if (saturated.contains(k)) {
                continue;
            }
            Set<String> ids = postings.computeIfAbsent(k, x -> new LinkedHashSet<>());
            if (ids.contains(articleId)) {
                continue;
            }
            if (ids.size() >= cap) {
                saturated.add(k);
            } else {
                ids.add(articleId);
            }
        }
    }

    @Override
    public synchronized Map<Long, Posting> lookup(long[] retrievalKeys) {
        Map<Long, Posting> out = new HashMap<>();
        for (long k : retrievalKeys) {
            Set<String> ids = postings.get(k);
            if (ids != null || saturated.contains(k)) {
                out.put(k, new Posting(ids == null ? Set.of() : ids, saturated.contains(k)));
            }
        }
        return out;
    }
}
