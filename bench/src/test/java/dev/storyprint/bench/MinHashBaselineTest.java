package dev.storyprint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashBaselineTest {
    @Test
    void identicalTextsScoreOneUnrelatedNearZero() {
        String a = SyndicatorTest.sample().render();
        String b = "Completely different words about football transfers, strikers, goals and a record fee for a club"
            + " that finished eighth last season in the league table with new signings.";
        String[] sa = MinHashBaseline.signature(a, 3);
        assertEquals(MinHashBaseline.BUCKETS, sa.length);
        assertEquals(1.0, MinHashBaseline.similarity(sa, MinHashBaseline.signature(a, 3)));
        assertTrue(MinHashBaseline.similarity(sa, MinHashBaseline.signature(b, 3)) < 0.1);
    }

    @Test
    void trimmedCopyScoresInBetween() {
        Doc d = SyndicatorTest.sample();
        String half = new Doc(d.title(), d.paragraphs().subList(0, 3)).render();
        double s = MinHashBaseline.similarity(MinHashBaseline.signature(d.render(), 2),
            MinHashBaseline.signature(half, 2));
        assertTrue(s > 0.2 && s < 0.9, "similarity " + s);
    }
}
