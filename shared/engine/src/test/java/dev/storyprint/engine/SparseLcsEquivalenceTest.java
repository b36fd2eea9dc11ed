package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sparse weighted LCS returns the dense DP's exact alignment, ties included. */
class SparseLcsEquivalenceTest {
    /** Random cases per shape: enough to hit every tie pattern of small alphabets many times. */
    private static final int CASES = 4000;
    /** Weights that sum to equal totals along different paths (1 = 1/sqrt(1), 0.5 = 1/sqrt(4), ...). */
    private static final float[] TIE_WEIGHTS = {1f, 0.5f, 0.25f, (float) (1 / Math.sqrt(2)), (float) (1 / Math.sqrt(3))};

    @Test
    void sameAlignmentAsTheDenseDpOnRandomInputs() {
        SplittableRandom rnd = new SplittableRandom(20261122L);
        int nonEmpty = 0;
        for (int c = 0; c < CASES; c++) {
            int alphabet = 1 + rnd.nextInt(8);
            long[] ha = randomHashes(rnd, rnd.nextInt(40), alphabet);
            long[] hb = randomHashes(rnd, rnd.nextInt(40), alphabet);
            float[] wa = new float[ha.length];
            boolean perHash = rnd.nextBoolean(); // as align does, or arbitrary per anchor
            for (int i = 0; i < ha.length; i++) {
                wa[i] = perHash ? TIE_WEIGHTS[(int) (ha[i] % TIE_WEIGHTS.length)]
                        : TIE_WEIGHTS[rnd.nextInt(TIE_WEIGHTS.length)];
            }
            int[] fa = subset(rnd, ha.length);
            int[] fb = subset(rnd, hb.length);
            nonEmpty += compare(ha, fa, wa, hb, fb, "case " + c) > 0 ? 1 : 0;
        }
        assertTrue(nonEmpty > CASES / 2, "most cases align something: " + nonEmpty);
    }

    @Test
    void sameAlignmentOnLongRepetitiveInputs() {
        SplittableRandom rnd = new SplittableRandom(7L);
        for (int c = 0; c < 50; c++) {
            long[] ha = randomHashes(rnd, 300 + rnd.nextInt(300), 2 + rnd.nextInt(30));
            long[] hb = randomHashes(rnd, 300 + rnd.nextInt(300), 2 + rnd.nextInt(30));
            float[] wa = new float[ha.length];
            for (int i = 0; i < ha.length; i++) {
                wa[i] = TIE_WEIGHTS[(int) (ha[i] % TIE_WEIGHTS.length)];
            }
            compare(ha, identity(ha.length), wa, hb, identity(hb.length), "long case " + c);
        }
    }

    @Test
    void sameAlignmentOnSpunSeedsSkeletons() {
        Fingerprint a = Fixtures.fp("a", Fixtures.HARBOR);
        for (Fingerprint b : new Fingerprint[] {a, Fixtures.fp("b", Fixtures.spin(Fixtures.HARBOR, 0.8, 3)),
                Fixtures.fp("c", Fixtures.FESTIVAL)}) {
            long[] ha = a.skeleton().hashes();
            long[] hb = b.skeleton().hashes();
            float[] wa = new float[ha.length];
            Arrays.fill(wa, 1f);
            assertTrue(compare(ha, identity(ha.length), wa, hb, identity(hb.length), "fixture") > 0);
        }
    }

    private static int compare(long[] ha, int[] fa, float[] wa, long[] hb, int[] fb, String what) {
        int cap = Math.min(fa.length, fb.length);
        int[] mi = new int[cap];
        int[] mj = new int[cap];
        int[] ri = new int[cap];
        int[] rj = new int[cap];
        int rk = DenseSkeletonLcs.chain(ha, fa, wa, hb, fb, ri, rj);
        SkeletonAlignment.Matches matches = SkeletonAlignment.Matches.of(ha, fa, hb, fb);
        int k = matches == null ? 0 : SkeletonAlignment.sparseChain(matches, fa, wa, fb, mi, mj);
        assertEquals(rk, k, what + ": pairs");
        assertArrayEquals(Arrays.copyOf(ri, rk), Arrays.copyOf(mi, k), what + ": a side");
        assertArrayEquals(Arrays.copyOf(rj, rk), Arrays.copyOf(mj, k), what + ": b side");
        // and the dispatching entry point (dense or sparse by the number of matching pairs)
        Arrays.fill(mi, -1);
        Arrays.fill(mj, -1);
        assertEquals(rk, SkeletonAlignment.chain(ha, fa, wa, hb, fb, mi, mj), what + ": chain pairs");
        assertArrayEquals(Arrays.copyOf(ri, rk), Arrays.copyOf(mi, rk), what + ": chain a side");
        assertArrayEquals(Arrays.copyOf(rj, rk), Arrays.copyOf(mj, rk), what + ": chain b side");
        return k;
    }

    private static long[] randomHashes(SplittableRandom rnd, int n, int alphabet) {
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            h[i] = rnd.nextInt(alphabet);
        }
        return h;
    }

    /** Increasing indices of a random subset (the shared-anchor filter's shape). */
    private static int[] subset(SplittableRandom rnd, int n) {
        int[] out = new int[n];
        int c = 0;
        boolean all = rnd.nextBoolean();
        for (int i = 0; i < n; i++) {
            if (all || rnd.nextInt(3) > 0) {
                out[c++] = i;
            }
        }
        return Arrays.copyOf(out, c);
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }
}
