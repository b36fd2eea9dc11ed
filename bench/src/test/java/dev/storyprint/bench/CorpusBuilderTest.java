package dev.storyprint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Label;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusBuilderTest {
    private static List<Sources.Excerpt> europarl;

    @BeforeAll
    static void load() {
        europarl = Sources.europarl();
    }

    @Test
    void europarlGivesHundredsOfEnglishExcerpts() {
        assertTrue(europarl.size() > 500, "excerpts " + europarl.size());
        for (Sources.Excerpt e : europarl.subList(0, 50)) {
            assertTrue(String.join(" ", e.doc().paragraphs()).contains(" the "), e.doc().render());
            assertTrue(e.doc().wordCount() >= Sources.MIN_KEEP_WORDS);
        }
    }

    @Test
    void sameSeedSameCorpus() {
        CorpusBuilder b = new CorpusBuilder(europarl);
        List<Item> x = b.build(7, 300, CorpusBuilder.Split.TEST, null, null).items();
        List<Item> y = b.build(7, 300, CorpusBuilder.Split.TEST, null, null).items();
        assertEquals(x, y);
        List<Item> z = b.build(8, 300, CorpusBuilder.Split.TEST, null, null).items();
        assertNotEquals(x, z);
    }

    @Test
    void corpusHasTheRequestedSizeAllLabelsAndEarlyCopies() {
        List<Item> items = new CorpusBuilder(europarl).build(11, 600, CorpusBuilder.Split.TEST, null, null).items();
        assertEquals(600, items.size());
        Map<Label, Integer> labels = new HashMap<>();
        Set<String> kinds = new HashSet<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            labels.merge(items.get(i).truth(), 1, Integer::sum);
            kinds.add(items.get(i).kind());
            position.put(items.get(i).id(), i);
        }
        assertTrue(labels.get(Label.ORIGINAL) > 100 && labels.get(Label.SYNDICATED) > 50 && labels.get(Label.SPUN) > 50,
            labels.toString());
        assertTrue(kinds.containsAll(Set.of("original", "syndicated", "spinner-a", "spinner-b", "spun-of-syndicated",
            "hard-template", "hard-shared-quote", "hard-entity-graft", "hard-same-debate")), kinds.toString());
        int early = 0;
        for (Item it : items) {
            if (it.isCopy()) {
                int mine = position.get(it.id());
                int parent = position.get(it.parentId());
                assertEquals(it.early(), mine < parent, it.id());
                early += it.early() ? 1 : 0;
                assertTrue(it.published().isAfter(items.get(parent).published()));
            } else {
                assertEquals(it.id(), it.rootId());
            }
        }
        assertTrue(early > 10, "early copies " + early);
    }

    @Test
    void tuneAndTestSplitsShareNoBaseStory() {
        CorpusBuilder b = new CorpusBuilder(europarl);
        Set<String> test = new HashSet<>();
        for (Item it : b.build(3, 400, CorpusBuilder.Split.TEST, null, null).items()) {
            test.add(it.rootId());
        }
        for (Item it : b.build(3, 200, CorpusBuilder.Split.TUNE, null, null).items()) {
            if (it.rootId().startsWith("ep/")) {
                assertTrue(!test.contains(it.rootId()), it.rootId());
            }
        }
    }

    @Test
    void hardNegativesAreOriginalsThatBorrowFromTheirStory() {
        Doc src = SyndicatorTest.sample();
        Doc host = europarl.get(1).doc();
        Doc q = HardNegatives.sharedQuote(host, src, new java.util.Random(2));
        assertTrue(q.wordCount() > host.wordCount());
        Doc r1 = HardNegatives.marketReport(new java.util.Random(1));
        Doc r2 = HardNegatives.marketReport(new java.util.Random(2));
        assertNotEquals(r1, r2);
        assertTrue(r1.paragraphs().get(1).startsWith("Across the broader market"));
        Doc g = HardNegatives.entityGraft(host, src, new java.util.Random(4));
        assertEquals(src.title(), g.title());
    }
}
