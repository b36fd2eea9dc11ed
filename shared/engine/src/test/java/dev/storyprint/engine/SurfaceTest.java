package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SurfaceTest {
    private static long[] randomHashes(int n, long seed) {
        Random r = new Random(seed);
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            h[i] = r.nextLong();
        }
        return h;
    }

    @Test
    void winnowPicksTheMinimumOfEveryWindow() {
        long[] h = {5, 3, 9, 7, 1, 8, 6, 4, 2};
        // windows of 4: [5,3,9,7]->3 [3,9,7,1]->1 ... [8,6,4,2]->2
        assertArrayEquals(new long[] {1, 2, 3}, Surface.winnow(h, 4));
    }

    @Test
    void winnowTiesTakeTheRightmostSoARunOfEqualValuesIsOneFingerprint() {
        assertArrayEquals(new long[] {4}, Surface.winnow(new long[] {4, 4, 4, 4, 4, 4, 4}, 4));
    }

    @Test
    void winnowDensityIsAboutTwoOverWindowPlusOne() {
        long[] h = randomHashes(100_000, 1);
        int picked = Surface.winnow(h, Surface.WINNOW_WINDOW).length;
        double density = picked / 100_000.0;
        assertEquals(2.0 / (Surface.WINNOW_WINDOW + 1), density, 0.02);
    }

    @Test
    void everySharedRunOfWindowLengthYieldsACommonFingerprint() {
        long[] a = randomHashes(500, 2);
        long[] b = randomHashes(500, 3);
        // plant a shared run of exactly w shingles (w + k - 1 words) inside otherwise different sequences
        System.arraycopy(a, 200, b, 321, Surface.WINNOW_WINDOW);
        int shared = Surface.intersection(Surface.winnow(a, Surface.WINNOW_WINDOW), Surface.winnow(b, Surface.WINNOW_WINDOW));
        assertTrue(shared >= 1, "shared " + shared);
    }

    @Test
    void shinglesOfShortTextAreOneHashAndSameWordsInOtherOrderDiffer() {
        long[] t = {Hashing.term("harbor"), Hashing.term("wall")};
        assertEquals(1, Surface.shingles(t).length);
        long[] u = {t[1], t[0]};
        assertTrue(Surface.shingles(t)[0] != Surface.shingles(u)[0]);
        assertEquals(0, Surface.shingles(new long[0]).length);
    }

    @Test
    void bottomKAndIntersection() {
        long[] s = Surface.sortedDistinct(new long[] {9, 1, 5, 1, 7, 3});
        assertArrayEquals(new long[] {1, 3, 5, 7, 9}, s);
        assertArrayEquals(new long[] {1, 3}, Surface.bottomK(s, 2));
        assertArrayEquals(new long[] {-4, 1, 2}, Surface.bottomK(new long[] {7, 2, 2, 9, -4, 1, 1, 8}, 3));
        assertArrayEquals(new long[] {2, 7}, Surface.bottomK(new long[] {7, 2, 7}, 5));
        assertEquals(2, Surface.intersection(s, new long[] {0, 3, 4, 9}));
    }

    @Test
    void bottomKMatchesSortingOnRandomInput() {
        long[] h = randomHashes(5000, 9);
        long[] sorted = Surface.sortedDistinct(h.clone());
        assertArrayEquals(java.util.Arrays.copyOf(sorted, 48), Surface.bottomK(h, 48));
    }

    @Test
    void bottomKCutAgreesWithTheHeapOnEveryPath() {
        Random r = new Random(3);
        for (int round = 0; round < 300; round++) {
            int n = r.nextInt(1200);
            int k = 1 + r.nextInt(60);
            long[] h = randomHashes(n, round);
            if (round % 3 == 1) {
                for (int i = 0; i < n; i++) {
                    h[i] = h[r.nextInt(i + 1)]; // many duplicates: the cut keeps too few distinct values
                }
            } else if (round % 3 == 2) {
                for (int i = 0; i < n; i++) {
                    h[i] = Long.MIN_VALUE + r.nextInt(100); // skewed: more values under the cut than it has room for
                }
            }
            long[] sorted = Surface.sortedDistinct(h.clone());
            long[] expected = java.util.Arrays.copyOf(sorted, Math.min(k, sorted.length));
            assertArrayEquals(expected, Surface.bottomK(h, k), "round " + round);
            assertArrayEquals(expected, Surface.bottomKHeap(h, k), "round " + round);
        }
    }

    @Test
    void unrolledShinglesEqualTheSequenceHash() {
        long[] t = randomHashes(300, 5);
        long[] s = Surface.shingles(t);
        assertEquals(t.length - Surface.SHINGLE_WORDS + 1, s.length);
        for (int i = 0; i < s.length; i++) {
            assertEquals(Hashing.sequence(t, i, Surface.SHINGLE_WORDS, 0x5bd1e9955bd1e995L), s[i]);
        }
    }

    @Test
    void containmentOfATrimmedCopySurvivesBoilerplate() {
        Fingerprint full = Fixtures.fp("a", Fixtures.HARBOR);
        Fingerprint part = Fixtures.fp("b", Fixtures.paragraphs(Fixtures.HARBOR, 3, 8, Fixtures.BOILERPLATE));
        int shared = Surface.intersection(full.surface(), part.surface());
        double containmentOfPart = (double) shared / part.surface().length;
        assertTrue(containmentOfPart > 0.75, "containment " + containmentOfPart);
    }

    @Test
    void hashingIsStableAndSpreadsBits() {
        assertEquals(Hashing.term("harbor"), Hashing.term("harbor"));
        assertTrue(Hashing.term("harbor") != Hashing.term("harbour"));
        assertTrue(Long.bitCount(Hashing.term("a") ^ Hashing.term("b")) > 16);
    }

    /** The textbook monotone-deque winnowing: the fast version must pick the same set. */
    private static long[] dequeWinnow(long[] h, int window) {
        int n = h.length;
        if (n <= window) {
            return Surface.sortedDistinct(h.clone());
        }
        long[] picked = new long[n];
        int count = 0;
        int[] deque = new int[n];
        int head = 0;
        int tail = 0;
        int lastPicked = -1;
        for (int i = 0; i < n; i++) {
            while (tail > head && h[deque[tail - 1]] >= h[i]) {
                tail--;
            }
            deque[tail++] = i;
            if (deque[head] <= i - window) {
                head++;
            }
            if (i >= window - 1 && deque[head] != lastPicked) {
                lastPicked = deque[head];
                picked[count++] = h[lastPicked];
            }
        }
        return Surface.sortedDistinct(java.util.Arrays.copyOf(picked, count));
    }

    @Test
    void winnowPicksWhatTheMonotoneDequePicks() {
        java.util.Random r = new java.util.Random(7);
        for (int round = 0; round < 2000; round++) {
            long[] h = new long[r.nextInt(60)];
            for (int i = 0; i < h.length; i++) {
                h[i] = r.nextInt(round % 2 == 0 ? 5 : 1000); // few distinct values: many ties
            }
            int window = 1 + r.nextInt(6);
            assertArrayEquals(dequeWinnow(h, window), Surface.winnow(h, window));
        }
    }

    private static long[] referenceSortedDistinct(long[] a) {
        return java.util.Arrays.stream(a).sorted().distinct().toArray();
    }

    @Test
    void radixSortGivesTheSortedDistinctValuesOfAnyInput() {
        Random r = new Random(7);
        for (int n : new int[] {Surface.RADIX_SORT_MIN - 1, Surface.RADIX_SORT_MIN, 300, 1000, 5000}) {
            long[] uniform = randomHashes(n, n);
            long[] duplicated = new long[n]; // a few values many times: crowded buckets
            long[] extremes = new long[n];
            long[] crowded = new long[n]; // all share their top bits: the insertion pass gives up to Arrays.sort
            long[] minima = new long[n]; // skewed low like winnowed hashes
            for (int i = 0; i < n; i++) {
                duplicated[i] = uniform[r.nextInt(5)];
                extremes[i] = i % 3 == 0 ? Long.MIN_VALUE + i : i % 3 == 1 ? Long.MAX_VALUE - i : i - n / 2;
                crowded[i] = Long.MIN_VALUE + r.nextInt(1000);
                minima[i] = Math.min(Math.min(r.nextLong(), r.nextLong()), Math.min(r.nextLong(), r.nextLong()));
            }
            for (long[] a : new long[][] {uniform, duplicated, extremes, crowded, minima}) {
                assertArrayEquals(referenceSortedDistinct(a), Surface.sortedDistinct(a.clone()));
            }
        }
    }
}
