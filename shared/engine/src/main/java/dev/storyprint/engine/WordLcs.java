package dev.storyprint.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level longest common subsequence of two short ranges of term hashes, given as the number
 * of matched words and the gaps between matches: what both the gap analysis and the verbatim-edit
 * count need of a region between anchors or runs.
 */
final class WordLcs {
    /** Words matched. */
    final int matched;
    /** Gaps in order as {a0, a1, b0, b1} (absolute indices); at least one side non-empty. */
    final List<int[]> gaps;

    private WordLcs(int matched, List<int[]> gaps) {
        this.matched = matched;
        this.gaps = gaps;
    }

    static WordLcs of(long[] ha, int a0, int a1, long[] hb, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        int w = m + 1;
        int[] dp = new int[(n + 1) * w];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                dp[i * w + j] = ha[a0 + i] == hb[b0 + j]
                        ? dp[(i + 1) * w + j + 1] + 1
                        : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
            }
        }
        List<int[]> gaps = new ArrayList<>();
        int matched = 0;
        int i = 0;
        int j = 0;
        int si = 0;
        int sj = 0;
        while (i < n && j < m) {
            if (ha[a0 + i] == hb[b0 + j]) {
                if (si < i || sj < j) {
                    gaps.add(new int[] {a0 + si, a0 + i, b0 + sj, b0 + j});
                }
                matched++;
                i++;
                j++;
                si = i;
                sj = j;
            } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        if (si < n || sj < m) {
            gaps.add(new int[] {a0 + si, a1, b0 + sj, b1});
        }
        return new WordLcs(matched, gaps);
    }
}
