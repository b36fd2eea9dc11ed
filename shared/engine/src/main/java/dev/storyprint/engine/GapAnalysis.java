package dev.storyprint.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks at the words between consecutive linked anchors of a {@link SkeletonAlignment}. Inside each
 * such gap a small word-level LCS finds the words both sides share; what remains are segments
 * that differ. A segment with words on both sides is a substitution (paired word for word when
 * both sides have the same length, else as a short phrase); a segment with words on one side only
 * is an insertion/deletion. From this come the substitution rate (share of aligned words that were
 * swapped: near zero for a syndicated copy, high for a spun one) and the mined substitution pairs
 * for evidence.
 */
final class GapAnalysis {
    /** Segments up to this many words per side count as phrase swaps ("Chinese" -> "Chinese language"). */
    static final int SMALL_SEGMENT_WORDS = 3;

    /** Words equal on both sides inside the aligned region, anchors included. */
    int same;
    /** Words swapped: sum over two-sided segments of the shorter side. */
    int substituted;
    /**
     * Of {@link #substituted}, words in segments longer than {@link #SMALL_SEGMENT_WORDS} on both
     * sides: a clause rewritten by an editor, not words swapped by a spinner.
     */
    int rewritten;
    /**
     * Of {@link #swapped()}, words swapped for a different word, not for a spelling or inflection of
     * the same one ({@link Variants}): the spinner's volume.
     */
    int lexical;
    /** Two-sided segments of exactly one word on each side: the spinner's signature edit. */
    int singleSwaps;
    /** Two-sided segments of any other shape (phrase rewrites, the editor's kind of edit). */
    int phraseSwaps;
    /** Two-sided segments longer on side A / side B (phrase swaps that changed length). */
    int longerA;
    int longerB;
    /** One-sided small segments (pure insertions) on side A / side B. */
    int insertedA;
    int insertedB;
    /** Words in side A / B inside the aligned region. */
    int wordsA;
    int wordsB;
    /** Substitution pairs as seen from side A ("from") to side B ("to"), with counts. */
    final Map<String, Map<String, Integer>> pairs = new HashMap<>();

    double substitutionRate() {
        int d = same + substituted;
        return d == 0 ? 0 : (double) substituted / d;
    }

    /** Words swapped word-for-word or in short phrases: {@link #substituted} without rewritten clauses. */
    int swapped() {
        return substituted - rewritten;
    }

    /** Share of aligned words swapped word-for-word or in short phrases (rewritten clauses excluded). */
    double swapRate() {
        int d = same + substituted;
        return d == 0 ? 0 : (double) swapped() / d;
    }

    /** Share of aligned words swapped for different words ({@link #lexical}). */
    double lexicalRate() {
        int d = same + substituted;
        return d == 0 ? 0 : (double) lexical / d;
    }

    static GapAnalysis of(SkeletonAlignment al, Fingerprint a, Fingerprint b) {
        return of(al, a.terms(), a.termHashes(), b.terms(), b.termHashes());
    }

    static GapAnalysis of(SkeletonAlignment al, String[] ta, long[] ha, String[] tb, long[] hb) {
        GapAnalysis g = new GapAnalysis();
        int k = al.anchors();
        int[] aw = al.aWords;
        int[] bw = al.bWords;
        for (int t = 0; t < k; t++) {
            g.same++;
            g.wordsA++;
            g.wordsB++;
            if (t + 1 < k && al.linked[t]) {
                g.gap(ta, ha, aw[t] + 1, aw[t + 1], tb, hb, bw[t] + 1, bw[t + 1]);
            }
        }
        return g;
    }

    private void gap(String[] ta, long[] ha, int a0, int a1, String[] tb, long[] hb, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        wordsA += n;
        wordsB += m;
        WordLcs lcs = WordLcs.of(ha, a0, a1, hb, b0, b1);
        same += lcs.matched;
        for (int[] g : lcs.gaps) {
            segment(ta, g[0], g[1], tb, g[2], g[3]);
        }
    }

    private void segment(String[] ta, int a0, int a1, String[] tb, int b0, int b1) {
        int la = a1 - a0;
        int lb = b1 - b0;
        if (la == 0 && lb == 0) {
            return;
        }
        if (la == 0 || lb == 0) {
            if (la <= SMALL_SEGMENT_WORDS && lb <= SMALL_SEGMENT_WORDS) {
                if (la > 0) {
                    insertedA++;
                } else {
                    insertedB++;
                }
            }
            return;
        }
        substituted += Math.min(la, lb);
        if (la > SMALL_SEGMENT_WORDS && lb > SMALL_SEGMENT_WORDS) {
            rewritten += Math.min(la, lb);
        }
        if (la == 1 && lb == 1) {
            singleSwaps++;
        } else {
            phraseSwaps++;
        }
        boolean small = la <= SMALL_SEGMENT_WORDS || lb <= SMALL_SEGMENT_WORDS;
        if (la == lb) {
            for (int t = 0; t < la; t++) {
                addPair(ta[a0 + t], tb[b0 + t]);
                lexical += small && !Variants.same(ta[a0 + t], tb[b0 + t]) ? 1 : 0;
            }
        } else if (la <= SMALL_SEGMENT_WORDS && lb <= SMALL_SEGMENT_WORDS) {
            if (la > lb) {
                longerA++;
            } else {
                longerB++;
            }
            String from = String.join(" ", java.util.Arrays.copyOfRange(ta, a0, a1));
            String to = String.join(" ", java.util.Arrays.copyOfRange(tb, b0, b1));
            addPair(from, to);
            lexical += Variants.same(from, to) ? 0 : Math.min(la, lb);
        } else if (small) {
            lexical += Math.min(la, lb);
        }
    }

    private void addPair(String from, String to) {
        pairs.computeIfAbsent(from, x -> new HashMap<>()).merge(to, 1, Integer::sum);
    }

    /** The most frequent pairs, as seen from side A to side B (or reversed). */
    List<Evidence.Substitution> top(int limit, boolean reversed) {
        List<Evidence.Substitution> all = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : pairs.entrySet()) {
            for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
                all.add(reversed ? new Evidence.Substitution(f.getKey(), e.getKey(), f.getValue())
                        : new Evidence.Substitution(e.getKey(), f.getKey(), f.getValue()));
            }
        }
        all.sort((x, y) -> x.count() != y.count() ? Integer.compare(y.count(), x.count())
                : (x.from() + "\u0000" + x.to()).compareTo(y.from() + "\u0000" + y.to()));
        return all.size() > limit ? all.subList(0, limit) : all;
    }
}
