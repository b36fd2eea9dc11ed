package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.store.SignatureIndex.Posting;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SignatureIndex} guarantees, run on the in-memory index and on DynamoDB Local:
 * a story's popularity never hides it, text shared by three stories counts for nothing, and every
 * write is idempotent.
 */
public abstract class SignatureIndexContract {
    private SignatureIndex index;

    protected abstract SignatureIndex newIndex();

    @BeforeEach
    void setUp() {
        index = newIndex();
    }

    /** What MatchService does for one article: register its keys, look them up, add its story where missing. */
    static Map<Long, Posting> classify(SignatureIndex index, String articleId, String storyId, long... keys) {
        index.add(articleId, keys);
        Map<Long, Posting> seen = index.lookup(keys);
        long[] lacking = Arrays.stream(keys).filter(k -> {
            Posting p = seen.get(k);
            return p == null || (!p.stories().contains(storyId) && !p.boilerplate());
        }).toArray();
        if (lacking.length > 0) {
            index.addStory(articleId, storyId, lacking, seen);
        }
        return seen;
    }

    @Test
    void anOriginalNamesItsOwnStoryWithOneWritePerKey() {
        classify(index, "orig", "orig", 1, 2);
        Map<Long, Posting> p = index.lookup(new long[] {1, 2, 3});
        assertEquals(Set.of("orig"), p.get(1L).representatives());
        assertEquals(Set.of("orig"), p.get(1L).stories());
        assertFalse(p.containsKey(3L));
    }

    @Test
    void popularityNeverHidesAStory() {
        int copies = 3 * SignatureIndex.REPRESENTATIVES;
        classify(index, "orig", "orig", 10, 11, 12);
        for (int i = 0; i < copies; i++) {
            // Each copy keeps the story's keys and brings one of its own (a credit line, say).
            classify(index, "copy" + i, "orig", 10, 11, 12, 1000 + i);
        }
        Posting shared = index.lookup(new long[] {10}).get(10L);
        assertEquals(SignatureIndex.REPRESENTATIVES, shared.representatives().size(), "representatives are bounded");
        assertTrue(shared.representatives().contains("orig"), "the first to register stays");
        assertEquals(Set.of("orig"), shared.stories());
        assertFalse(shared.boilerplate(), "one story, however popular, is no boilerplate");
        Posting own = index.lookup(new long[] {1000 + copies - 1}).get(1000L + copies - 1);
        assertEquals(Set.of("orig"), own.stories(), "a copy's own key names its story, not the copy");
        assertEquals(Set.of("copy" + (copies - 1)), own.representatives());
    }

    @Test
    void aKeySharedByThreeStoriesIsBoilerplate() {
        classify(index, "a", "a", 20, 21);
        classify(index, "b", "b", 20, 22);
        Posting two = index.lookup(new long[] {20}).get(20L);
        assertEquals(Set.of("a", "b"), two.stories());
        assertFalse(two.boilerplate(), "two stories may be a story and its late source");
        classify(index, "c", "c", 20, 23);
        classify(index, "d", "d", 20, 24);
        Posting footer = index.lookup(new long[] {20}).get(20L);
        assertTrue(footer.boilerplate());
        assertEquals(SignatureIndex.BOILERPLATE_STORIES, footer.stories().size(), "nothing more is counted");
        assertFalse(index.lookup(new long[] {21}).get(21L).boilerplate());
    }

    @Test
    void aCopyJoiningAnotherStoryReplacesItsProvisionalStory() {
        classify(index, "src", "src", 30, 31);
        classify(index, "cp", "src", 30, 32); // 32: the copy's own key, provisionally story "cp"
        assertEquals(Set.of("src"), index.lookup(new long[] {32}).get(32L).stories());
        assertEquals(Set.of("src"), index.lookup(new long[] {30}).get(30L).stories());
    }

    @Test
    void everyWriteIsIdempotent() {
        classify(index, "x", "x", 40, 41);
        classify(index, "y", "x", 40, 42);
        Map<Long, Posting> before = index.lookup(new long[] {40, 41, 42});
        // Redeliveries: the same calls again, in any order.
        classify(index, "y", "x", 40, 42);
        index.add("x", new long[] {40, 41});
        index.addStory("y", "x", new long[] {40, 42}, before);
        classify(index, "x", "x", 40, 41);
        assertEquals(before, index.lookup(new long[] {40, 41, 42}));
    }

    @Test
    void aFullKeyTakesNoMoreRepresentativesButKeepsItsOwn() {
        for (int i = 0; i < SignatureIndex.REPRESENTATIVES; i++) {
            index.add("r" + i, new long[] {50});
        }
        index.add("late", new long[] {50, 51});
        index.add("r0", new long[] {50}); // a representative's redelivery at the bound: still listed
        Posting p = index.lookup(new long[] {50}).get(50L);
        assertTrue(p.full());
        assertFalse(p.representatives().contains("late"));
        assertTrue(p.representatives().contains("r0"));
        assertEquals(Set.of("late"), index.lookup(new long[] {51}).get(51L).representatives());
    }
}
