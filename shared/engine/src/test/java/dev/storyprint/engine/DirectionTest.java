package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DirectionTest {
    @Test
    void aSignalVotesOnlyWhenClear() {
        assertEquals(1, PairComparison.clear(10, 2));
        assertEquals(-1, PairComparison.clear(2, 10));
        assertEquals(0, PairComparison.clear(5, 3), "ratio below 2");
        assertEquals(0, PairComparison.clear(3, 0), "difference below 4");
        assertEquals(0, PairComparison.clear(0, 0));
    }

    @Test
    void weakSignalsThatAgreeAddUp() {
        GapAnalysis g = new GapAnalysis();
        g.longerB = 1; // B longer in one phrase swap and one insertion: B reads spun
        g.insertedB = 1;
        assertEquals(0, PairComparison.spinVote(g), "two occurrences are not enough");
        g.foundInOtherA = 1; // and a swapped word of A's is used elsewhere in B: A is the source
        assertEquals(1, PairComparison.spinVote(g));
        GapAnalysis mirrored = new GapAnalysis();
        mirrored.longerA = 2;
        mirrored.foundInOtherB = 1;
        assertEquals(-1, PairComparison.spinVote(mirrored));
        // a clear signal outweighs weak ones pointing the other way
        g.foundInOtherB = 6;
        assertEquals(-1, PairComparison.spinVote(g));
    }

    @Test
    void theSideWhoseSwappedWordsAreLongerReadsSpun() {
        Fingerprint unrelated = Fixtures.fp("u", Fixtures.FESTIVAL);
        GapAnalysis g = new GapAnalysis();
        g.pairs.put("said", new java.util.HashMap<>(java.util.Map.of("acknowledged", 2)));
        g.pairs.put("use", new java.util.HashMap<>(java.util.Map.of("utilize", 1)));
        g.pairs.put("big", new java.util.HashMap<>(java.util.Map.of("enormous", 1)));
        g.pairs.put("help", new java.util.HashMap<>(java.util.Map.of("helps", 1))); // an inflection, not a longer word
        g.directionCounts(unrelated, unrelated);
        assertEquals(3, g.longerWordB);
        assertEquals(0, g.longerWordA);
        assertEquals(1, PairComparison.spinVote(g), "B swapped in the longer words: A is the source");
        GapAnalysis mirrored = new GapAnalysis();
        mirrored.pairs.put("acknowledged", new java.util.HashMap<>(java.util.Map.of("said", 2)));
        mirrored.pairs.put("utilize", new java.util.HashMap<>(java.util.Map.of("use", 1)));
        mirrored.pairs.put("enormous", new java.util.HashMap<>(java.util.Map.of("big", 1)));
        mirrored.directionCounts(unrelated, unrelated);
        assertEquals(-1, PairComparison.spinVote(mirrored));
    }

    @Test
    void spinSignalsPointAtTheSourceFromEitherSide() {
        Fingerprint src = Fixtures.fp("m", Fixtures.HARBOR);
        Fingerprint spun = Fixtures.fp("n", Fixtures.spin(Fixtures.HARBOR, 1.0, 4));
        for (long[] seqs : new long[][] {{1, 2}, {2, 1}}) {
            PairComparison p = PairComparison.compare(spun, seqs[0], src, seqs[1]);
            assertEquals(PairComparison.Kind.SPUN, p.kind);
            boolean srcIsSource = (p.a == src) == p.aIsSource;
            assertTrue(srcIsSource, p.describe());
            assertTrue(p.direction.startsWith("spin signals"), p.direction);
        }
    }

    @Test
    void publicationDateBeatsSpinSignals() {
        Fingerprint src = Fixtures.fp("m", Fixtures.HARBOR, Instant.parse("2026-02-02T00:00:00Z"));
        Fingerprint spun = Fixtures.fp("n", Fixtures.spin(Fixtures.HARBOR, 1.0, 4), Instant.parse("2026-02-01T00:00:00Z"));
        PairComparison p = PairComparison.compare(src, 1, spun, 2);
        assertTrue((p.a == spun) == p.aIsSource, "the earlier publication is the source, even if it reads spun");
        assertTrue(p.direction.startsWith("published earlier"));
    }

    @Test
    void equalDatesFallBackToLaterRules() {
        Instant t = Instant.parse("2026-02-02T00:00:00Z");
        Fingerprint a = Fixtures.fp("m", Fixtures.HARBOR, t);
        Fingerprint b = Fixtures.fp("n", Fixtures.paragraphs(Fixtures.HARBOR, 0, 11, null), t);
        PairComparison p = PairComparison.compare(b, 5, a, 3);
        assertEquals(PairComparison.Kind.SYNDICATED, p.kind);
        assertTrue((p.a == a) == p.aIsSource, "arrived first");
        assertTrue(p.direction.startsWith("arrived earlier"));
    }
}
