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
        Fingerprint b = Fixtures.fp("n", Fixtures.paragraphs(Fixtures.HARBOR, 0, 9, null), t);
        PairComparison p = PairComparison.compare(b, 5, a, 3);
        assertEquals(PairComparison.Kind.SYNDICATED, p.kind);
        assertTrue((p.a == a) == p.aIsSource, "arrived first");
        assertTrue(p.direction.startsWith("arrived earlier"));
    }
}
