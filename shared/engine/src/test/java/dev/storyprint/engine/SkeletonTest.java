package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkeletonTest {
    private static List<String> anchors(String text) {
        Fingerprint f = Fixtures.fp("x", text);
        List<String> out = new ArrayList<>();
        Skeleton s = f.skeleton();
        for (int i = 0; i < s.size(); i++) {
            out.add(f.term(s.position(i)) + (s.isStrong(i) ? "" : "~"));
        }
        return out;
    }

    @Test
    void namesNumbersAndLongWordsAreAnchors() {
        assertEquals(List.of("elena", "varga", "48", "apprentices~"),
                anchors("But the mayor, Elena Varga, paid 48 dollars for apprentices."));
    }

    @Test
    void sentenceOpenersAreNotNamesUnlessSeenInsideASentence() {
        // "Obi" opens the second sentence and is also seen mid-sentence; "Finally" only opens one
        assertEquals(List.of("obi", "obi"), anchors("He met Obi today. Obi said no. Finally it ended."));
    }

    @Test
    void positionsAreWordOffsets() {
        // function words are not terms: the content words are vote, northport, 7, 2
        Fingerprint f = Fixtures.fp("x", "The vote in Northport was 7 to 2.");
        Skeleton s = f.skeleton();
        assertEquals(3, s.size());
        assertEquals(1, s.position(0));
        assertEquals(2, s.position(1));
        assertEquals(3, s.position(2));
        assertTrue(s.isStrong(0));
    }

    @Test
    void spinningLeavesTheStrongSkeletonIntact() {
        Fingerprint a = Fixtures.fp("a", Fixtures.HARBOR);
        Fingerprint b = Fixtures.fp("b", Fixtures.spin(Fixtures.HARBOR, 1.0, 7));
        List<Long> sa = new ArrayList<>();
        List<Long> sb = new ArrayList<>();
        for (int i = 0; i < a.skeleton().size(); i++) {
            if (a.skeleton().isStrong(i)) {
                sa.add(a.skeleton().hash(i));
            }
        }
        for (int i = 0; i < b.skeleton().size(); i++) {
            if (b.skeleton().isStrong(i)) {
                sb.add(b.skeleton().hash(i));
            }
        }
        assertEquals(sa, sb);
        assertFalse(sa.isEmpty());
    }
}
