package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SkeletonAlignmentTest {
    @Test
    void identicalTextsAlignCompletely() {
        Fingerprint a = Fixtures.fp("a", Fixtures.HARBOR);
        SkeletonAlignment al = SkeletonAlignment.align(a.skeleton(), a.skeleton());
        assertEquals(1.0, al.score, 1e-6);
        assertEquals(a.skeleton().size(), al.anchors());
    }

    @Test
    void spunCopyAlignsAlmostCompletely() {
        Fingerprint a = Fixtures.fp("a", Fixtures.HARBOR);
        Fingerprint b = Fixtures.fp("b", Fixtures.spin(Fixtures.HARBOR, 0.8, 3));
        SkeletonAlignment al = SkeletonAlignment.align(a.skeleton(), b.skeleton());
        assertTrue(al.score > 0.9, "score " + al.score);
    }

    @Test
    void sameTopicOriginalSharingNamesDoesNotAlignInChains() {
        Fingerprint a = Fixtures.fp("a", Fixtures.HARBOR);
        Fingerprint b = Fixtures.fp("b", Fixtures.FESTIVAL);
        SkeletonAlignment al = SkeletonAlignment.align(a.skeleton(), b.skeleton());
        assertTrue(al.lcs >= 10, "they do share names: lcs " + al.lcs);
        assertTrue(al.score < Thresholds.SPUN_MIN_SKELETON * 0.6, "score " + al.score);
    }

    @Test
    void trimmedCopyIsMeasuredAgainstTheShorterSkeleton() {
        Fingerprint a = Fixtures.fp("a", Fixtures.HARBOR);
        Fingerprint b = Fixtures.fp("b", Fixtures.paragraphs(Fixtures.HARBOR, 5, 10, null));
        assertTrue(SkeletonAlignment.align(a.skeleton(), b.skeleton()).score > 0.9);
        assertTrue(SkeletonAlignment.align(b.skeleton(), a.skeleton()).score > 0.9);
    }

    @Test
    void linksNeedSimilarShortGaps() {
        assertTrue(SkeletonAlignment.consistent(5, 6));
        assertTrue(SkeletonAlignment.consistent(0, 2));
        assertTrue(SkeletonAlignment.consistent(10, 14));
        assertTrue(!SkeletonAlignment.consistent(4, 20));
        assertTrue(!SkeletonAlignment.consistent(SkeletonAlignment.CHAIN_MAX_GAP_WORDS + 1, SkeletonAlignment.CHAIN_MAX_GAP_WORDS + 1));
    }
}
