package dev.storyprint.engine;

import java.util.Arrays;

/**
 * In-order alignment of two skeletons: a weighted longest common subsequence of anchors, where an
 * anchor that occurs c times in either text weighs 1/sqrt(c) (same-topic originals share frequent
 * names such as "Trump" or "China"; a shared rare anchor says more), followed by a chain filter:
 * consecutive aligned anchors are linked when the word gaps to the next aligned anchor are short
 * and similar on both sides (a spinner swaps words roughly one for one), and only aligned anchors
 * in runs of at least {@link #MIN_RUN} linked anchors count. Random shared names in two unrelated
 * texts align at wildly different distances and fall out.
 */
final class SkeletonAlignment {
    /**
     * Bound on shared anchors per side fed to the weighted LCS (up to n*m matching pairs when one
     * name repeats); beyond it the rest of a huge article's skeleton is not aligned (its surface still is).
     */
    static final int MAX_ANCHORS = 1200;
    /**
     * Sparse form when n*m exceeds this many times the matching pairs r: one pair's Fenwick query,
     * update, sort and traceback cost about as much as 16-32 dense cells (16 and 32 tied best in
     * CPU time over the seeds' and samples' skeleton pairs; always-dense was 8% and always-sparse 17% slower).
     */
    static final int SPARSE_COST_PER_MATCH = 16;

    /** Anchors further apart than this (words, on either side) are not linked: keeps gap analysis local. */
    static final int CHAIN_MAX_GAP_WORDS = 30;
    /** Absolute slack between the two gap lengths: spun phrases add a word or two ("Chinese language"). */
    static final int CHAIN_SLACK_WORDS = 3;
    /** Relative slack between the two gap lengths: multi-word synonyms lengthen a gap by up to half. */
    static final double CHAIN_SLACK_RATIO = 0.5;
    /**
     * At most this many unaligned anchors between two linked ones on either side: a spinner drops
     * the odd rare word, but a run of unaligned anchors means different content (a moved or
     * replaced paragraph) that merely has the same length.
     */
    static final int MAX_SKIPPED_ANCHORS = 2;
    /** Three linked anchors in a row: two shared names at a similar distance happen by chance, three rarely. */
    static final int MIN_RUN = 3;

    /**
     * A run must also span at least this many words on both sides: a four-word name ("Treasury
     * Secretary Steven Mnuchin") is four linked anchors on its own and proves no shared order.
     */
    static final int MIN_RUN_SPAN_WORDS = 6;

    /**
     * Below this many name/number anchors on either side the score falls back to all anchors:
     * a parliamentary speech may name nobody, and 0/0 aligned names says nothing.
     */
    static final int MIN_STRONG_ANCHORS = 5;

    /** Word offsets of the chained aligned anchors, in order, on each side. */
    final int[] aWords;
    final int[] bWords;
    /** linked[k]: chained anchor k is linked to chained anchor k+1 (same run). */
    final boolean[] linked;
    /** Weighted share of the lighter skeleton's names and numbers that is aligned in chains, in [0, 1]. */
    final double score;
    /** Plain LCS size before the chain filter (diagnostics). */
    final int lcs;
    /** Share of each side's own names and numbers aligned in chains: how much of it the other explains. */
    final double coverageA;
    final double coverageB;
    /** Number of name and number anchors on the side with fewer of them. */
    int strongAnchors;

    private SkeletonAlignment(int[] aWords, int[] bWords, boolean[] linked, double score, int lcs, double coverageA,
                              double coverageB) {
        this.aWords = aWords;
        this.bWords = bWords;
        this.linked = linked;
        this.score = score;
        this.lcs = lcs;
        this.coverageA = coverageA;
        this.coverageB = coverageB;
    }

    int anchors() {
        return aWords.length;
    }

    static SkeletonAlignment align(Skeleton a, Skeleton b) {
        long[] ha = a.hashes();
        long[] hb = b.hashes();
        LongIntMap ca = counts(ha);
        LongIntMap cb = counts(hb);
        // Score over names and numbers when both sides have enough of them; otherwise (speeches,
        // opinion pieces without names) over every anchor, long words included.
        int strong = Math.min(strongCount(a), strongCount(b));
        boolean strongOnly = strong >= MIN_STRONG_ANCHORS;
        // One pass per side: weights, totals, and which anchors the other side has. Only anchors
        // present on both sides can align: the LCS runs over those alone (same result), which
        // makes unrelated candidates nearly free. fa/fb map back to skeleton indices.
        double totalA = 0;
        float[] wa = new float[ha.length];
        int[] fa = new int[Math.min(ha.length, MAX_ANCHORS)];
        int na = 0;
        for (int i = 0; i < ha.length; i++) {
            int inB = cb.get(ha[i], 0);
            wa[i] = (float) inverseSqrt(Math.max(ca.get(ha[i], 0), inB));
            if (!strongOnly || a.isStrong(i)) {
                totalA += wa[i];
            }
            if (inB > 0 && na < fa.length) {
                fa[na++] = i;
            }
        }
        double totalB = 0;
        int[] fb = new int[Math.min(hb.length, MAX_ANCHORS)];
        int nb = 0;
        for (int j = 0; j < hb.length; j++) {
            int inA = ca.get(hb[j], 0);
            if (!strongOnly || b.isStrong(j)) {
                totalB += inverseSqrt(Math.max(inA, cb.get(hb[j], 0)));
            }
            if (inA > 0 && nb < fb.length) {
                fb[nb++] = j;
            }
        }
        fa = Arrays.copyOf(fa, na);
        fb = Arrays.copyOf(fb, nb);
        int[] mi = new int[Math.min(fa.length, fb.length)];
        int[] mj = new int[mi.length];
        int k = chain(ha, fa, wa, hb, fb, mi, mj);
        // reverse into word offsets
        int[] pa = new int[k];
        int[] pb = new int[k];
        int[] ia = new int[k];
        int[] ib = new int[k];
        float[] wk = new float[k];
        for (int t = 0; t < k; t++) {
            ia[t] = mi[k - 1 - t];
            ib[t] = mj[k - 1 - t];
            pa[t] = a.position(mi[k - 1 - t]);
            pb[t] = b.position(mj[k - 1 - t]);
            // in strong mode only names and numbers on both sides count towards the score
            wk[t] = !strongOnly || a.isStrong(ia[t]) && b.isStrong(ib[t]) ? wa[ia[t]] : 0f;
        }
        boolean[] link = new boolean[Math.max(0, k - 1)];
        for (int t = 0; t + 1 < k; t++) {
            link[t] = ia[t + 1] - ia[t] - 1 <= MAX_SKIPPED_ANCHORS && ib[t + 1] - ib[t] - 1 <= MAX_SKIPPED_ANCHORS
                    && consistent(pa[t + 1] - pa[t], pb[t + 1] - pb[t]);
        }
        boolean[] keep = new boolean[k];
        int runStart = 0;
        for (int t = 1; t <= k; t++) {
            if (t == k || !link[t - 1]) {
                if (t - runStart >= MIN_RUN && pa[t - 1] - pa[runStart] >= MIN_RUN_SPAN_WORDS
                        && pb[t - 1] - pb[runStart] >= MIN_RUN_SPAN_WORDS) {
                    Arrays.fill(keep, runStart, t, true);
                }
                runStart = t;
            }
        }
        int kept = 0;
        double weight = 0;
        for (int t = 0; t < k; t++) {
            if (keep[t]) {
                kept++;
                weight += wk[t];
            }
        }
        int[] ka = new int[kept];
        int[] kb = new int[kept];
        boolean[] kl = new boolean[Math.max(0, kept - 1)];
        int q = 0;
        for (int t = 0; t < k; t++) {
            if (keep[t]) {
                ka[q] = pa[t];
                kb[q] = pb[t];
                if (q > 0) {
                    kl[q - 1] = link[t - 1] && keep[t - 1];
                }
                q++;
            }
        }
        double denom = Math.min(totalA, totalB);
        double score = denom <= 0 ? 0 : Math.min(1.0, weight / denom);
        SkeletonAlignment al = new SkeletonAlignment(ka, kb, kl, score, k,
                totalA <= 0 ? 0 : Math.min(1.0, weight / totalA), totalB <= 0 ? 0 : Math.min(1.0, weight / totalB));
        al.strongAnchors = strong;
        return al;
    }

    /**
     * Weighted LCS of the shared anchors {@code ha[fa[..]]} and {@code hb[fb[..]]}, anchor i weighing
     * {@code wa[fa[i]]}: writes the aligned skeleton indices last pair first into mi/mj and returns
     * their number. The alignment is that of the dense DP
     * {@code dp[i][j] = max(dp[i-1][j], dp[i][j-1], dp[i-1][j-1] + w)} with its traceback from
     * (n, m): diagonal when the match attains dp[i][j], else up when dp[i-1][j] >= dp[i][j-1], else
     * left. Real pairs have few matching pairs r (each anchor matches a handful of others), so the
     * sparse form in O(r log r) runs; a skeleton repeating one name hundreds of times on both
     * sides makes r approach n*m, and the dense DP is cheaper there.
     */
    static int chain(long[] ha, int[] fa, float[] wa, long[] hb, int[] fb, int[] mi, int[] mj) {
        Matches matches = Matches.of(ha, fa, hb, fb);
        if (matches == null) {
            return 0;
        }
        if (matches.count * SPARSE_COST_PER_MATCH >= (long) fa.length * fb.length) {
            return denseChain(ha, fa, wa, hb, fb, mi, mj);
        }
        return sparseChain(matches, fa, wa, fb, mi, mj);
    }

    /** The matching pairs' shape: b's columns (1-based) grouped by anchor hash, and each row's group. */
    static final class Matches {
        final int[] start;
        final int[] cols;
        final int[] rowId;
        final int count;

        private Matches(int[] start, int[] cols, int[] rowId, int count) {
            this.start = start;
            this.cols = cols;
            this.rowId = rowId;
            this.count = count;
        }

        /** Null when no anchor matches (or either side is empty). */
        static Matches of(long[] ha, int[] fa, long[] hb, int[] fb) {
            int n = fa.length;
            int m = fb.length;
            if (n == 0 || m == 0) {
                return null;
            }
            LongIntMap ids = new LongIntMap(m);
            int[] idOf = new int[m];
            int distinct = 0;
            for (int j = 0; j < m; j++) {
                long h = hb[fb[j]];
                int id = ids.get(h, -1);
                if (id < 0) {
                    id = distinct++;
                    ids.putIfAbsent(h, id);
                }
                idOf[j] = id;
            }
            int[] start = new int[distinct + 1];
            for (int j = 0; j < m; j++) {
                start[idOf[j] + 1]++;
            }
            for (int d = 0; d < distinct; d++) {
                start[d + 1] += start[d];
            }
            int[] cols = new int[m];
            int[] fill = Arrays.copyOf(start, distinct);
            for (int j = 0; j < m; j++) {
                cols[fill[idOf[j]]++] = j + 1;
            }
            int[] rowId = new int[n];
            long r = 0;
            for (int i = 0; i < n; i++) {
                rowId[i] = ids.get(ha[fa[i]], -1);
                if (rowId[i] >= 0) {
                    r += start[rowId[i] + 1] - start[rowId[i]];
                }
            }
            return r == 0 ? null : new Matches(start, cols, rowId, Math.toIntExact(r));
        }
    }

    /** The dense DP and its traceback: O(n*m) time and floats. */
    static int denseChain(long[] ha, int[] fa, float[] wa, long[] hb, int[] fb, int[] mi, int[] mj) {
        int n = fa.length;
        int m = fb.length;
        int w = m + 1;
        float[] dp = new float[(n + 1) * w];
        long[] bj = new long[m]; // b's hashes in column order: no double indirection in the inner loop
        for (int j = 0; j < m; j++) {
            bj[j] = hb[fb[j]];
        }
        for (int i = 1; i <= n; i++) {
            long h = ha[fa[i - 1]];
            float wi = wa[fa[i - 1]];
            int row = i * w;
            int prev = row - w;
            float left = 0;
            // values are sums of positive weights (never NaN or -0), so a plain compare is Math.max
            for (int j = 1; j <= m; j++) {
                float up = dp[prev + j];
                float best = up >= left ? up : left;
                if (bj[j - 1] == h) {
                    float diag = dp[prev + j - 1] + wi;
                    best = best >= diag ? best : diag;
                }
                dp[row + j] = best;
                left = best;
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

    /**
     * The same alignment over the matching pairs only: values by a Fenwick tree of prefix maxima
     * over columns, rows in order, each row's columns in decreasing order.
     */
    static int sparseChain(Matches matches, int[] fa, float[] wa, int[] fb, int[] mi, int[] mj) {
        int n = fa.length;
        int m = fb.length;
        int[] start = matches.start;
        int[] cols = matches.cols;
        int[] rowId = matches.rowId;
        int count = matches.count;
        int[] row = new int[count];
        int[] col = new int[count];
        float[] value = new float[count];
        // value of the best chain strictly above-left of the match: dp[i-1][j-1]
        float[] before = new float[count];
        float[] tree = new float[m + 1]; // Fenwick tree of prefix maxima over columns
        int q = 0;
        for (int i = 1; i <= n; i++) {
            int id = rowId[i - 1];
            if (id < 0) {
                continue;
            }
            float wi = wa[fa[i - 1]];
            // decreasing j: this row's updates must not reach its own smaller columns
            for (int t = start[id + 1] - 1; t >= start[id]; t--) {
                int j = cols[t];
                float prev = prefixMax(tree, j - 1);
                float v = prev + wi;
                row[q] = i;
                col[q] = j;
                value[q] = v;
                before[q] = prev;
                q++;
                for (int x = j; x <= m; x += x & -x) {
                    if (tree[x] < v) {
                        tree[x] = v;
                    }
                }
            }
        }
        // Matches by value, descending walk; values are positive so their bit patterns sort alike.
        long[] byValue = new long[count];
        for (int t = 0; t < count; t++) {
            byValue[t] = (long) Float.floatToRawIntBits(value[t]) << 32 | t;
        }
        Arrays.sort(byValue);
        float d = prefixMax(tree, m);
        int top = count - 1;
        int k = 0;
        int i = n;
        int j = m;
        // The dense traceback from (i, j) holding value d > 0 walks up column j and takes the first
        // match worth d it meets there; failing that it climbs to the smallest row whose prefix
        // still reaches d and walks left along it to the rightmost match worth d.
        while (d > 0 && i > 0 && j > 0) {
            int bits = Float.floatToRawIntBits(d);
            while (top >= 0 && (int) (byValue[top] >>> 32) > bits) {
                top--;
            }
            int inColumn = -1;
            int first = -1;
            for (int t = top; t >= 0 && (int) (byValue[t] >>> 32) == bits; t--) {
                int x = (int) byValue[t];
                if (row[x] > i || col[x] > j) {
                    continue;
                }
                if (col[x] == j && (inColumn < 0 || row[x] > row[inColumn])) {
                    inColumn = x;
                }
                if (first < 0 || row[x] < row[first] || row[x] == row[first] && col[x] > col[first]) {
                    first = x;
                }
            }
            int x = inColumn >= 0 ? inColumn : first;
            mi[k] = fa[row[x] - 1];
            mj[k] = fb[col[x] - 1];
            k++;
            d = before[x];
            i = row[x] - 1;
            j = col[x] - 1;
        }
        return k;
    }

    private static float prefixMax(float[] tree, int j) {
        float best = 0;
        for (int x = j; x > 0; x -= x & -x) {
            if (tree[x] > best) {
                best = tree[x];
            }
        }
        return best;
    }

    static boolean consistent(int gapA, int gapB) {
        if (gapA > CHAIN_MAX_GAP_WORDS || gapB > CHAIN_MAX_GAP_WORDS) {
            return false;
        }
        int lo = Math.min(gapA, gapB);
        return Math.abs(gapA - gapB) <= CHAIN_SLACK_WORDS + CHAIN_SLACK_RATIO * lo;
    }

    /** Anchor counts up to this use a table of 1/sqrt(c): the weights of nearly every anchor. */
    private static final int INVERSE_SQRT_TABLE = 64;
    private static final double[] INVERSE_SQRT = new double[INVERSE_SQRT_TABLE];

    static {
        for (int c = 1; c < INVERSE_SQRT_TABLE; c++) {
            INVERSE_SQRT[c] = 1.0 / Math.sqrt(c);
        }
    }

    /** Exactly {@code 1.0 / Math.sqrt(c)} for c >= 1 (sqrt is correctly rounded, so the table agrees). */
    static double inverseSqrt(int c) {
        return c < INVERSE_SQRT_TABLE ? INVERSE_SQRT[c] : 1.0 / Math.sqrt(c);
    }

    private static int strongCount(Skeleton s) {
        int c = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.isStrong(i)) {
                c++;
            }
        }
        return c;
    }

    private static LongIntMap counts(long[] h) {
        LongIntMap m = new LongIntMap(h.length);
        for (long x : h) {
            m.add(x, 1);
        }
        return m;
    }
}
