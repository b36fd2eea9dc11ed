package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Which side of a pair is the source: the earlier publication when both carry a date, otherwise
 * the earlier arrival, never a guess from the texts (spin traces, trims).
 */
class DirectionTest {
    private static boolean isSource(PairComparison p, Fingerprint f) {
        return (p.a == f) == p.aIsSource;
    }

    @Test
    void withoutDatesTheEarlierArrivalIsTheSourceWhateverTheTextsSuggest() {
        Fingerprint src = Fixtures.fp("m", Fixtures.HARBOR);
        Fingerprint spun = Fixtures.fp("n", Fixtures.spin(Fixtures.HARBOR, 1.0, 4));
        Fingerprint trim = Fixtures.fp("t", Fixtures.paragraphs(Fixtures.HARBOR, 0, 6, null));
        for (Fingerprint copy : new Fingerprint[] {spun, trim}) {
            PairComparison copyFirst = PairComparison.compare(copy, 1, src, 2);
            assertTrue(isSource(copyFirst, copy), copyFirst.describe());
            assertTrue(copyFirst.direction.contains("arrival order kept"), copyFirst.direction);
            PairComparison srcFirst = PairComparison.compare(src, 1, copy, 2);
            assertTrue(isSource(srcFirst, src), srcFirst.describe());
        }
    }

    @Test
    void publicationDatesOnBothSidesDecide() {
        Fingerprint src = Fixtures.fp("m", Fixtures.HARBOR, Instant.parse("2026-02-02T00:00:00Z"));
        Fingerprint spun = Fixtures.fp("n", Fixtures.spin(Fixtures.HARBOR, 1.0, 4), Instant.parse("2026-02-01T00:00:00Z"));
        PairComparison p = PairComparison.compare(src, 1, spun, 2);
        assertTrue(isSource(p, spun), "the earlier publication is the source, whatever the arrival order");
        assertTrue(p.direction.startsWith("published earlier"));
    }

    @Test
    void oneDateMissingOrEqualDatesFallBackToArrivalOrder() {
        Instant t = Instant.parse("2026-02-02T00:00:00Z");
        Fingerprint a = Fixtures.fp("m", Fixtures.HARBOR, t);
        Fingerprint b = Fixtures.fp("n", Fixtures.paragraphs(Fixtures.HARBOR, 0, 11, null), t);
        PairComparison p = PairComparison.compare(b, 5, a, 3);
        assertEquals(PairComparison.Kind.SYNDICATED, p.kind);
        assertTrue(isSource(p, a), "arrived first");
        assertTrue(p.direction.startsWith("arrived earlier"));
        Fingerprint undated = Fixtures.fp("u", Fixtures.paragraphs(Fixtures.HARBOR, 0, 11, null));
        PairComparison q = PairComparison.compare(undated, 2, Fixtures.fp("w", Fixtures.HARBOR, t.minusSeconds(86400)), 4);
        assertTrue(isSource(q, undated), "an earlier date on one side only proves nothing");
        assertTrue(q.direction.contains("one side"), q.direction);
    }
}
