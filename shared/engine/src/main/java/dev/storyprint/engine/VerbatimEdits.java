package dev.storyprint.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small edits between long verbatim runs of two texts: where the words before and after are
 * identical on both sides (each neighbouring run is at least a shingle long) and at most
 * {@link #MAX_EDIT_WORDS} words differ in between. House-style edits are folded by the analysis
 * chain, and a wire copy otherwise differs by whole sentences and paragraphs, so such a residual
 * edit inside verbatim text is what a spinner leaves ("said" -> "stated", "Commission" ->
 * "executive Commission"). Edits touching a number are not counted: a spinner keeps numbers,
 * while figures updated in a template are not spinning. Capitalized words are counted: in
 * institutional prose they are often common nouns a spinner swaps ("Member States" ->
 * "participating States"), and texts that differ in their names do not reach this test (their
 * skeletons disagree).
 */
final class VerbatimEdits {
    /** Edits up to this many words per side: a spinner's phrase swaps, as the gap analysis counts them. */
    static final int MAX_EDIT_WORDS = GapAnalysis.SMALL_SEGMENT_WORDS;
    /**
     * Between two verbatim runs, up to this many words per side are examined word by word: swaps
     * fewer than a shingle apart ("had for too long been too" -> "owned for too lengthy been also")
     * leave no verbatim run between them.
     */
    static final int MAX_REGION_WORDS = 10;
    /**
     * A longer region whose word LCS covers less than this share of its longer side is a seam
     * joining two different sentences (they share a stray word at most), not a run of edits.
     */
    static final double MIN_REGION_MATCHED_SHARE = 0.5;

    /** Words inside verbatim runs (at least a shingle long) shared by both sides. */
    int alignedWords;
    /** Edits with words on both sides (a word or short phrase swapped for another). */
    int swaps;
    /** Of {@link #swaps}, those swapping a different word in, not a spelling or inflection ({@link Variants}). */
    int lexicalSwaps;
    /** Edits with words on side A only / side B only (a word added or dropped). */
    int onlyA;
    int onlyB;
    /** Edits leaving side A / side B the longer. */
    int longerA;
    int longerB;
    /** The edits as side A's words -> side B's words (a one-sided edit with the next word as context). */
    private final Map<String, Integer> pairs = new LinkedHashMap<>();

    int edits() {
        return swaps + onlyA + onlyB;
    }

    /** Edits per verbatim word. */
    double rate() {
        return alignedWords == 0 ? 0 : (double) edits() / alignedWords;
    }

    static VerbatimEdits of(Fingerprint a, Fingerprint b) {
        VerbatimEdits e = new VerbatimEdits();
        long[] ha = a.termHashes();
        long[] hb = b.termHashes();
        long[] sa = a.shingles();
        long[] sb = b.shingles();
        if (ha.length < Surface.SHINGLE_WORDS || hb.length < Surface.SHINGLE_WORDS) {
            return e;
        }
        LongIntMap firstInB = new LongIntMap(sb.length);
        for (int j = 0; j < sb.length; j++) {
            firstInB.putIfAbsent(sb[j], j);
        }
        // previous run: [pa, pa + plen) in A, [pb, pb + plen) in B
        int pa = -1;
        int pb = -1;
        int plen = 0;
        int i = 0;
        while (i < sa.length) {
            int j = pa >= 0 ? near(sa[i], sb, pb + plen) : -1;
            if (j < 0) {
                j = firstInB.get(sa[i], -1);
            }
            if (j < 0 || ha[i] != hb[j]) {
                i++;
                continue;
            }
            int len = 0;
            while (i + len < ha.length && j + len < hb.length && ha[i + len] == hb[j + len]) {
                len++;
            }
            if (len < Surface.SHINGLE_WORDS) {
                i++;
                continue;
            }
            e.alignedWords += len;
            if (pa >= 0) {
                e.region(a, b, pa + plen, i, pb + plen, j);
            }
            pa = i;
            pb = j;
            plen = len;
            i += len;
        }
        return e;
    }

    /** Where shingle {@code s} occurs in B within a region's reach of {@code from}, or -1: a repeated phrase stays in place. */
    private static int near(long s, long[] sb, int from) {
        for (int j = Math.max(0, from); j < Math.min(sb.length, from + MAX_REGION_WORDS + 1); j++) {
            if (sb[j] == s) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The words [a0, a1) of A and [b0, b1) of B between two verbatim runs: one edit, or a few edits
     * close together when the words they leave in common are at least half the region (a seam
     * joining two different sentences shares a stray "the" at most).
     */
    private void region(Fingerprint a, Fingerprint b, int a0, int a1, int b0, int b1) {
        int la = a1 - a0;
        int lb = b1 - b0;
        if (la < 0 || lb < 0 || la + lb == 0 || la > MAX_REGION_WORDS || lb > MAX_REGION_WORDS) {
            return;
        }
        boolean small = la <= MAX_EDIT_WORDS && lb <= MAX_EDIT_WORDS;
        WordLcs lcs = la > 1 && lb > 1 ? WordLcs.of(a.termHashes(), a0, a1, b.termHashes(), b0, b1) : null;
        if (lcs == null || lcs.matched == 0) {
            if (small) {
                edit(a, b, a0, a1, b0, b1);
            }
            return;
        }
        if (!small && lcs.matched < MIN_REGION_MATCHED_SHARE * Math.max(la, lb)) {
            return; // a seam joining two different sentences shares a stray word at most
        }
        for (int[] g : lcs.gaps) {
            if (g[1] - g[0] > MAX_EDIT_WORDS || g[3] - g[2] > MAX_EDIT_WORDS) {
                return; // a rewritten clause, not swaps
            }
        }
        for (int[] g : lcs.gaps) {
            edit(a, b, g[0], g[1], g[2], g[3]);
        }
    }

    /** One small edit: the words [a0, a1) of A against [b0, b1) of B. */
    private void edit(Fingerprint a, Fingerprint b, int a0, int a1, int b0, int b1) {
        int la = a1 - a0;
        int lb = b1 - b0;
        if (hasNumber(a.flags(), a0, a1) || hasNumber(b.flags(), b0, b1)) {
            return;
        }
        if (la > 0 && lb > 0) {
            swaps++;
            lexicalSwaps += Variants.same(words(a, a0, a1), words(b, b0, b1)) ? 0 : 1;
        } else if (la > 0) {
            onlyA++;
        } else {
            onlyB++;
        }
        if (la > lb) {
            longerA++;
        } else if (lb > la) {
            longerB++;
        }
        // a one-sided edit reads better with the word after it: "old -> very old"
        int ctx = la == 0 || lb == 0 ? 1 : 0;
        pairs.merge(words(a, a0, a1 + ctx) + "\u0000" + words(b, b0, b1 + ctx), 1, Integer::sum);
    }

    private static String words(Fingerprint f, int from, int to) {
        return String.join(" ", java.util.Arrays.copyOfRange(f.terms(), from, Math.min(to, f.terms().length)));
    }

    /** The edits as substitutions, most frequent first, from side A to B (or reversed). */
    List<Evidence.Substitution> top(int limit, boolean reversed) {
        List<Evidence.Substitution> all = new ArrayList<>();
        for (Map.Entry<String, Integer> e : pairs.entrySet()) {
            String[] ab = e.getKey().split("\u0000", -1);
            all.add(reversed ? new Evidence.Substitution(ab[1], ab[0], e.getValue())
                    : new Evidence.Substitution(ab[0], ab[1], e.getValue()));
        }
        all.sort((x, y) -> Integer.compare(y.count(), x.count()));
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    private static boolean hasNumber(byte[] flags, int from, int to) {
        for (int t = from; t < to; t++) {
            if ((flags[t] & Fingerprint.FLAG_NUMBER) != 0) {
                return true;
            }
        }
        return false;
    }
}
