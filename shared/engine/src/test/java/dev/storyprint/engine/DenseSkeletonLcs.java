package dev.storyprint.engine;

/**
 * Test-only reference: the dense O(n*m) weighted LCS and traceback that {@link SkeletonAlignment#chain}
 * replaced, kept verbatim so the sparse version can be checked against it pair for pair.
 */
final class DenseSkeletonLcs {
    private DenseSkeletonLcs() {}

    static int chain(long[] ha, int[] fa, float[] wa, long[] hb, int[] fb, int[] mi, int[] mj) {
        int n = fa.length;
        int m = fb.length;
        int w = m + 1;
        float[] dp = new float[(n + 1) * w];
        for (int i = 1; i <= n; i++) {
            long h = ha[fa[i - 1]];
            float wi = wa[fa[i - 1]];
            int row = i * w;
            int prev = row - w;
            for (int j = 1; j <= m; j++) {
                float best = Math.max(dp[prev + j], dp[row + j - 1]);
                if (hb[fb[j - 1]] == h) {
                    best = Math.max(best, dp[prev + j - 1] + wi);
                }
                dp[row + j] = best;
            }
        }
        int k = 0;
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            float here = dp[i * w + j];
            if (ha[fa[i - 1]] == hb[fb[j - 1]] && here == dp[(i - 1) * w + j - 1] + wa[fa[i - 1]]) {
                mi[k] = fa[i - 1];
                mj[k] = fb[j - 1];
                k++;
                i--;
                j--;
            } else if (dp[(i - 1) * w + j] >= dp[i * w + j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return k;
    }
}
