package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {
    private static GapAnalysis gaps(String a, String b) {
        Fingerprint x = Fixtures.fp("a", a);
        Fingerprint y = Fixtures.fp("b", b);
        return GapAnalysis.of(SkeletonAlignment.align(x.skeleton(), y.skeleton()), x, y);
    }

    @Test
    void wordForWordSwapsBetweenAnchorsAreMinedAndCounted() {
        String a = "Then Varga said the plan in Northport was ready, and Varga said the plan in Lowmarsh was late, and Varga said it again in Tidewell.";
        String b = "Then Varga stated the scheme in Northport was ready, and Varga stated the scheme in Lowmarsh was late, and Varga stated it again in Tidewell.";
        GapAnalysis g = gaps(a, b);
        List<Evidence.Substitution> top = g.top(2, false);
        assertEquals(new Evidence.Substitution("said", "stated", 3), top.get(0));
        assertEquals(new Evidence.Substitution("plan", "scheme", 2), top.get(1));
        assertEquals(5, g.substituted);
        assertTrue(g.substitutionRate() > 0.2);
        // seen from the other side
        assertEquals(new Evidence.Substitution("stated", "said", 3), g.top(1, true).get(0));
    }

    @Test
    void phraseSwapsThatLengthenCountOnTheLongerSide() {
        String a = "Varga met Obi near Northport and Solberg near Tidewell and Calder near Lowmarsh and Henning near Quay.";
        String b = "Varga met Obi nearby east Northport and Solberg nearby east Tidewell and Calder nearby east Lowmarsh "
                + "and Henning nearby east Quay.";
        GapAnalysis g = gaps(a, b);
        assertEquals(0, g.longerA);
        assertEquals(4, g.longerB);
        assertEquals(new Evidence.Substitution("near", "nearby east", 4), g.top(1, false).get(0));
    }

    @Test
    void aRewrittenClauseIsNotCountedAsSwappedWords() {
        String a = "Varga met Obi in Northport and they were greatly pleased with the outcome of the long talks before Solberg arrived in Tidewell.";
        String b = "Varga met Obi in Northport and both men looked forward to fresh negotiations quite soon before Solberg arrived in Tidewell.";
        GapAnalysis g = gaps(a, b);
        assertTrue(g.substituted >= 5, "" + g.substituted);
        assertEquals(g.substituted, g.rewritten);
        assertEquals(0, g.swapped());
        assertEquals(0.0, g.swapRate());
        // a word-for-word swap is still a swap
        GapAnalysis s = gaps(a, a.replace("pleased", "delighted"));
        assertEquals(1, s.swapped());
        assertEquals(0, s.rewritten);
    }

    @Test
    void aVerbatimCopyHasNoSwaps() {
        GapAnalysis g = gaps(Fixtures.HARBOR, Fixtures.HARBOR);
        assertEquals(0, g.substituted);
        assertEquals(0.0, g.substitutionRate());
        assertTrue(g.same > 120, "" + g.same);
    }
}
