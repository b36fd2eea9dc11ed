package dev.storyprint.store;

import java.util.Map;
import java.util.Set;

/**
 * Retrieval key -> the stories that carry it and a few of their articles. A key item holds at most
 * {@link #REPRESENTATIVES} article ids (the first to register it) and the ids of the stories it was
 * seen in, so neither its size nor its write cost grows with a story's popularity. A key seen in
 * {@link #BOILERPLATE_STORIES} or more different stories is text that recurs across unrelated
 * stories (a footer, a stock phrase) and counts for nothing at lookup.
 *
 * <p>Callers index and look up {@link KeySample#of} an article's retrieval keys, not all of them.
 */
public interface SignatureIndex {
    /**
     * Article ids kept per key, first registered first: enough for the burst of copies that arrive
     * before a story's first verdict, and for a story's members to reach each other; 8 ids of 20
     * characters keep a key item under 1 KB (one write unit, one strongly consistent read unit).
     */
    int REPRESENTATIVES = 8;
    /**
     * Distinct stories from which a key counts for nothing: one story is a copy relation, two may be
     * a story and its late source not merged yet, three unrelated stories sharing text is boilerplate.
     */
    int BOILERPLATE_STORIES = 3;

    /**
     * Registers the article under each key: as a representative while the key has room, and as the
     * key's provisional story when the key has none (the article's own id, which is its story id if
     * it turns out an original). Idempotent: a redelivery adds nothing. Must be complete before the
     * article takes its arrival number. The caller passes the keys worth writing ({@code MatchService}
     * leaves out full keys and keys held only by decided articles); a full key is left unchanged.
     */
    void add(String articleId, long[] retrievalKeys);

    /**
     * Records that the article's story is {@code storyId} on each of {@code retrievalKeys} (the
     * caller passes only the keys its lookup, {@code seen}, showed without that story). A
     * provisional story naming the article itself is replaced, others are kept; a key that has
     * become boilerplate gains nothing. Idempotent.
     */
    void addStory(String articleId, String storyId, long[] retrievalKeys, Map<Long, Posting> seen);

    /** The items of those keys that exist. */
    Map<Long, Posting> lookup(long[] retrievalKeys);

    /**
     * The postings of those keys that exist, from a read that may miss the latest writes (cheaper
     * than {@link #lookup}): enough to choose the keys an article need not write. Only a full key's
     * representatives are final (it takes no more), so only those may stand in for a lookup's; its
     * stories may lag.
     */
    default Map<Long, Posting> peek(long[] retrievalKeys) {
        return lookup(retrievalKeys);
    }

    /**
     * One key: its representatives (at most {@link #REPRESENTATIVES}) and the stories seen carrying
     * it (the provisional one included).
     */
    record Posting(Set<String> representatives, Set<String> stories) {
        public Posting {
            representatives = Set.copyOf(representatives);
            stories = Set.copyOf(stories);
        }

        /** No room left: a later article carrying the key is not listed on it. */
        public boolean full() {
            return representatives.size() >= REPRESENTATIVES;
        }

        /** Shared by unrelated stories: counts for nothing when ranking candidates. */
        public boolean boilerplate() {
            return stories.size() >= BOILERPLATE_STORIES;
        }
    }
}
