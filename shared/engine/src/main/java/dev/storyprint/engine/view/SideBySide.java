package dev.storyprint.engine.view;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Skeleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A copy and its source side by side, in their own text: which passages the copy keeps word for
 * word, which words it swapped (and for what), what it moved, added or left out, and which names
 * and numbers line up. Everything points at char ranges of the two extracted texts, so a reader
 * can check it by eye.
 *
 * <p>Words are compared by their normalized terms (the engine's analysis chain, which keeps content
 * words only), so house style ("US$300" and "$300", "Mr Trump" and "Trump") reads as kept, and is
 * shown as written differently; a run of kept words is highlighted with the words between them.
 * The alignment is a word diff in order (patience diff: words unique to both sides anchor it, gaps
 * between anchors are aligned exactly), then runs left over on both sides that match at length are
 * paired as moved text. A gap of at most {@link #SWAP_MAX_WORDS} words on each side between kept
 * words is a swap ("said" -&gt; "acknowledged"); a longer one is rewritten text; a one-sided one is
 * added or left out.
 */
public final class SideBySide {
    /** A swap: at most this many words each side between kept words (the engine's phrase-swap size). */
    public static final int SWAP_MAX_WORDS = 3;
    /**
     * Kept runs shorter than this are not highlighted as passages: a single word that lines up
     * between changes says nothing by itself. Two content words in order (with the function words
     * between them, four or five words of text) already read as a shared phrase.
     */
    public static final int VERBATIM_MIN_WORDS = 2;
    /**
     * A kept run shorter than this between two gaps larger than a swap is dropped: a short phrase
     * ("for most of the") common to unrelated sentences. A shingle's length, the engine's unit of
     * verbatim text; between swaps (a spinner's pattern) shorter runs stay.
     */
    public static final int STRAY_RUN_MAX_WORDS = 4;
    /** Text left over on both sides that matches for this many words is moved, not added and dropped. */
    public static final int MOVED_MIN_WORDS = 6;
    /** A paragraph with fewer of its words kept than this share is one the other side does not have. */
    public static final double PARAGRAPH_KEPT_MIN = 0.2;
    /** Regions up to this many cells are aligned exactly (longest common subsequence); larger ones by anchors first. */
    static final long EXACT_MAX_CELLS = 250_000;
    /** Substitutions and anchors named in the summary. */
    static final int SUMMARY_EXAMPLES = 3;

    /** What a run of text is, seen from its side. */
    public enum Kind {
        /** Part of a passage both sides have word for word. */
        SAME,
        /** Word(s) swapped for other word(s) in the same place. */
        SWAP,
        /** Text only this side has: added by the copy, or left out of it (on the source side). */
        ONLY,
        /** Text changed on both sides beyond a swap: a rewritten clause. */
        REWRITTEN,
        /** A passage both sides have, at different places. */
        MOVED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A marked char range of one side. {@code pair} is shared with the other side's range; {@code other} is its text for a swap. */
    public record Segment(int start, int end, Kind kind, String pair, String other) {}

    /** A single word worth pointing at: an aligned name or number ({@code anchor}), or a word written differently there ({@code other}). */
    public record Mark(int start, int end, boolean anchor, String other) {}

    /** What became of a paragraph: {@code compared} false when the analysis left it out (caption, byline, credit). */
    public record Paragraph(int start, int end, boolean compared, boolean only, int words, int kept) {}

    /** One side: its text, its marked runs and words, its paragraphs. */
    public record Side(String text, int words, List<Segment> segments, List<Mark> marks, List<Paragraph> paragraphs) {}

    /** A name or number that lines up {@code count} times, as the copy first writes it. */
    public record Anchor(String written, int count) {}

    /** A swap seen {@code count} times, source words -> copy words. */
    public record Substitution(String from, String to, int count) {}

    /** Figures of the comparison, copy's words unless named otherwise. */
    public record Stats(int copyWords, int sourceWords, int passageWords, int passages, int longestPassage,
                        int keptWords, int swappedWords, int swaps, int movedWords, int addedWords, int droppedWords,
                        int rewrittenWords, int addedParagraphs, int droppedParagraphs, int uncomparedParagraphs,
                        int anchorsAligned, int sourceAnchors) {}

    private final Side copy;
    private final Side source;
    private final List<Substitution> substitutions;
    private final List<Anchor> anchors;
    private final Stats stats;

    private SideBySide(Side copy, Side source, List<Substitution> substitutions, List<Anchor> anchors, Stats stats) {
        this.copy = copy;
        this.source = source;
        this.substitutions = substitutions;
        this.anchors = anchors;
        this.stats = stats;
    }

    public Side copy() {
        return copy;
    }

    public Side source() {
        return source;
    }

    /** Swaps by frequency, most frequent first. */
    public List<Substitution> substitutions() {
        return substitutions;
    }

    /** The aligned names and numbers as the copy writes them, each once, the most frequent first. */
    public List<Anchor> anchors() {
        return anchors;
    }

    public Stats stats() {
        return stats;
    }

    /** Compares two extracted article texts (see {@link Engine#read}): {@code copyText} against its source. */
    public static SideBySide of(String copyText, String sourceText) {
        return of(prepare(copyText), prepare(sourceText));
    }

    /** Compares two prepared texts: prepare a source once when several copies are compared with it. */
    public static SideBySide of(Prepared copy, Prepared source) {
        return new Builder(copy, source).build();
    }

    /** An extracted text analyzed for comparison: its tokens with their offsets and which are names or numbers. */
    public static Prepared prepare(String text) {
        TokenOffsets o = TokenOffsets.of(Objects.requireNonNull(text, "text"));
        return new Prepared(o, Builder.strongAnchors(o));
    }

    /** See {@link #prepare}. Immutable; share freely. */
    public static final class Prepared {
        private final TokenOffsets offsets;
        private final boolean[] anchors;

        private Prepared(TokenOffsets offsets, boolean[] anchors) {
            this.offsets = offsets;
            this.anchors = anchors;
        }

        public TokenOffsets offsets() {
            return offsets;
        }
    }

    /** The comparison in plain sentences, for a reader who has not seen the verdict format. */
    public List<String> summary() {
        Stats s = stats;
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT,
                "%d%% of the copy's %d compared words follow the source word for word in %d passage%s of %d words "
                        + "or more (the longest %d words; function words such as \"the\" and \"of\" are not compared).",
                pct(s.passageWords(), s.copyWords()), s.copyWords(), s.passages(), s.passages() == 1 ? "" : "s",
                VERBATIM_MIN_WORDS, s.longestPassage()));
        if (s.swaps() > 0) {
            StringBuilder e = new StringBuilder();
            for (int i = 0; i < Math.min(SUMMARY_EXAMPLES, substitutions.size()); i++) {
                Substitution sub = substitutions.get(i);
                e.append(i == 0 ? "" : ", ").append('"').append(sub.from()).append("\" \u2192 \"").append(sub.to())
                        .append('"').append(sub.count() > 1 ? " (" + sub.count() + "\u00d7)" : "");
            }
            out.add(String.format(Locale.ROOT, "%d word%s swapped for other words in %d place%s, for example %s.",
                    s.swappedWords(), s.swappedWords() == 1 ? " is" : "s are", s.swaps(), s.swaps() == 1 ? "" : "s", e));
        } else {
            out.add("No word is swapped for another inside the text both sides share.");
        }
        if (s.movedWords() > 0) {
            out.add(String.format(Locale.ROOT, "%d words stand in a different place than in the source.", s.movedWords()));
        }
        if (s.rewrittenWords() > 0) {
            out.add(String.format(Locale.ROOT, "%d words are rewritten beyond single swaps.", s.rewrittenWords()));
        }
        out.add(String.format(Locale.ROOT,
                "The copy adds %d words (%d paragraph%s of its own) and leaves out %d words of the source "
                        + "(%d whole paragraph%s).",
                s.addedWords(), s.addedParagraphs(), s.addedParagraphs() == 1 ? "" : "s", s.droppedWords(),
                s.droppedParagraphs(), s.droppedParagraphs() == 1 ? "" : "s"));
        if (s.sourceAnchors() > 0) {
            out.add(String.format(Locale.ROOT, "%d of the source's %d names and numbers line up in the copy%s.",
                    s.anchorsAligned(), s.sourceAnchors(), anchors.isEmpty() ? ""
                            : ", for example " + String.join(", ", anchors.subList(0, Math.min(SUMMARY_EXAMPLES,
                                    anchors.size())).stream().map(Anchor::written).toList())));
        }
        if (s.uncomparedParagraphs() > 0) {
            out.add(String.format(Locale.ROOT,
                    "%d paragraph%s (captions, bylines, credits and the like) %s left out of the comparison.",
                    s.uncomparedParagraphs(), s.uncomparedParagraphs() == 1 ? "" : "s",
                    s.uncomparedParagraphs() == 1 ? "is" : "are"));
        }
        return out;
    }

    private static int pct(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    /** The alignment of one pair, built once. */
    private static final class Builder {
        final TokenOffsets c;
        final TokenOffsets s;
        final int[] a; // copy term ids
        final int[] b; // source term ids
        /** The source word each copy word is kept as (in order), or -1. */
        final int[] keptAs;
        /** The copy word each source word is kept as, or -1. */
        final int[] keptBy;
        /** Moved-pair index of each word, or -1; moved words are not in keptAs/keptBy. */
        final int[] movedC;
        final int[] movedS;
        final int[] movedPartner; // copy word -> source word of a moved pair

        final boolean[] anchorC;
        final boolean[] anchorS;

        Builder(Prepared copy, Prepared source) {
            this.c = copy.offsets;
            this.s = source.offsets;
            this.anchorC = copy.anchors;
            this.anchorS = source.anchors;
            Map<String, Integer> ids = new HashMap<>();
            this.a = ids(c, ids);
            this.b = ids(s, ids);
            this.keptAs = filled(a.length);
            this.keptBy = filled(b.length);
            this.movedC = filled(a.length);
            this.movedS = filled(b.length);
            this.movedPartner = filled(a.length);
        }

        private static int[] ids(TokenOffsets o, Map<String, Integer> ids) {
            int[] out = new int[o.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.computeIfAbsent(o.term(i), k -> ids.size());
            }
            return out;
        }

        private static int[] filled(int n) {
            int[] x = new int[n];
            Arrays.fill(x, -1);
            return x;
        }

        SideBySide build() {
            diff(0, a.length, 0, b.length);
            dropStrayRuns();
            findMoved();
            return assemble();
        }

        private void keep(int i, int j) {
            keptAs[i] = j;
            keptBy[j] = i;
        }

        /** Aligns copy words [aLo, aHi) with source words [bLo, bHi) in order. */
        private void diff(int aLo, int aHi, int bLo, int bHi) {
            while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
                keep(aLo++, bLo++);
            }
            while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
                keep(--aHi, --bHi);
            }
            if (aLo == aHi || bLo == bHi) {
                return;
            }
            if ((long) (aHi - aLo) * (bHi - bLo) <= EXACT_MAX_CELLS) {
                lcs(aLo, aHi, bLo, bHi);
                return;
            }
            int[][] anchors = uniqueAnchors(aLo, aHi, bLo, bHi);
            int pa = aLo;
            int pb = bLo;
            for (int[] an : anchors) {
                diff(pa, an[0], pb, an[1]);
                keep(an[0], an[1]);
                pa = an[0] + 1;
                pb = an[1] + 1;
            }
            if (anchors.length > 0) {
                diff(pa, aHi, pb, bHi);
            }
            // no word unique to both sides in a large region: too little in common to align it
        }

        /** Words occurring once in each range, the longest run of them in the same order (patience sorting). */
        private int[][] uniqueAnchors(int aLo, int aHi, int bLo, int bHi) {
            Map<Integer, int[]> seen = new HashMap<>(); // id -> {countA, posA, countB, posB}
            for (int i = aLo; i < aHi; i++) {
                int[] e = seen.computeIfAbsent(a[i], k -> new int[] {0, -1, 0, -1});
                e[0]++;
                e[1] = i;
            }
            for (int j = bLo; j < bHi; j++) {
                int[] e = seen.get(b[j]);
                if (e != null) {
                    e[2]++;
                    e[3] = j;
                }
            }
            List<int[]> unique = new ArrayList<>();
            for (int[] e : seen.values()) {
                if (e[0] == 1 && e[2] == 1) {
                    unique.add(new int[] {e[1], e[3]});
                }
            }
            unique.sort((x, y) -> Integer.compare(x[0], y[0]));
            // longest increasing subsequence of the source positions
            int n = unique.size();
            int[] tails = new int[n];
            int[] prev = new int[n];
            int len = 0;
            for (int k = 0; k < n; k++) {
                int v = unique.get(k)[1];
                int lo = 0;
                int hi = len;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (unique.get(tails[mid])[1] < v) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                prev[k] = lo > 0 ? tails[lo - 1] : -1;
                tails[lo] = k;
                len = Math.max(len, lo + 1);
            }
            int[][] out = new int[len][];
            for (int k = len == 0 ? -1 : tails[len - 1], t = len - 1; k >= 0; k = prev[k], t--) {
                out[t] = unique.get(k);
            }
            return out;
        }

        /** Longest common subsequence of two small ranges, by table. */
        private void lcs(int aLo, int aHi, int bLo, int bHi) {
            int n = aHi - aLo;
            int m = bHi - bLo;
            int w = m + 1;
            int[] t = new int[(n + 1) * w];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    t[i * w + j] = a[aLo + i] == b[bLo + j] ? t[(i + 1) * w + j + 1] + 1
                            : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n && j < m) {
                if (a[aLo + i] == b[bLo + j]) {
                    keep(aLo + i++, bLo + j++);
                } else if (t[(i + 1) * w + j] >= t[i * w + j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
        }

        /**
         * Unkeeps runs of at most {@link #STRAY_RUN_MAX_WORDS} words standing between two gaps that
         * are both larger than a swap: common words the exact alignment paired inside rewritten or
         * unrelated text. Between swaps (a spinner's pattern) short runs stay kept.
         */
        private void dropStrayRuns() {
            for (int pass = 0; pass < 3; pass++) {
                boolean changed = false;
                List<int[]> runs = runs();
                for (int r = 0; r < runs.size(); r++) {
                    int[] run = runs.get(r);
                    if (run[2] > STRAY_RUN_MAX_WORDS) {
                        continue;
                    }
                    int leftA = r == 0 ? run[0] : run[0] - (runs.get(r - 1)[0] + runs.get(r - 1)[2]);
                    int leftB = r == 0 ? run[1] : run[1] - (runs.get(r - 1)[1] + runs.get(r - 1)[2]);
                    int rightA = r + 1 < runs.size() ? runs.get(r + 1)[0] - (run[0] + run[2]) : a.length - (run[0] + run[2]);
                    int rightB = r + 1 < runs.size() ? runs.get(r + 1)[1] - (run[1] + run[2]) : b.length - (run[1] + run[2]);
                    if (Math.max(leftA, leftB) > SWAP_MAX_WORDS && Math.max(rightA, rightB) > SWAP_MAX_WORDS) {
                        for (int k = 0; k < run[2]; k++) {
                            keptBy[keptAs[run[0] + k]] = -1;
                            keptAs[run[0] + k] = -1;
                        }
                        changed = true;
                    }
                }
                if (!changed) {
                    return;
                }
            }
        }

        /** Maximal runs of kept words consecutive on both sides: {copyStart, sourceStart, length}. */
        private List<int[]> runs() {
            List<int[]> out = new ArrayList<>();
            int i = 0;
            while (i < a.length) {
                if (keptAs[i] < 0) {
                    i++;
                    continue;
                }
                int len = 1;
                while (i + len < a.length && keptAs[i + len] == keptAs[i] + len) {
                    len++;
                }
                out.add(new int[] {i, keptAs[i], len});
                i += len;
            }
            return out;
        }

        /** Runs of at least {@link #MOVED_MIN_WORDS} equal words that neither side kept in order: moved text, longest match first. */
        private void findMoved() {
            Map<Long, List<Integer>> grams = new HashMap<>();
            int k = MOVED_MIN_WORDS;
            for (int j = 0; j + k <= b.length; j++) {
                if (free(keptBy, j, k)) {
                    grams.computeIfAbsent(gram(b, j, k), x -> new ArrayList<>()).add(j);
                }
            }
            if (grams.isEmpty()) {
                return;
            }
            int pair = 0;
            int i = 0;
            while (i + k <= a.length) {
                if (!free(keptAs, i, k) || movedC[i] >= 0) {
                    i++;
                    continue;
                }
                List<Integer> at = grams.get(gram(a, i, k));
                int bestJ = -1;
                int bestLen = 0;
                if (at != null) {
                    for (int j : at) {
                        int len = 0;
                        while (i + len < a.length && j + len < b.length && a[i + len] == b[j + len]
                                && keptAs[i + len] < 0 && keptBy[j + len] < 0 && movedS[j + len] < 0) {
                            len++;
                        }
                        if (len > bestLen) {
                            bestLen = len;
                            bestJ = j;
                        }
                    }
                }
                if (bestLen < k) {
                    i++;
                    continue;
                }
                for (int t = 0; t < bestLen; t++) {
                    movedC[i + t] = pair;
                    movedS[bestJ + t] = pair;
                    movedPartner[i + t] = bestJ + t;
                }
                pair++;
                i += bestLen;
            }
        }

        private static boolean free(int[] kept, int from, int len) {
            for (int t = from; t < from + len; t++) {
                if (kept[t] >= 0) {
                    return false;
                }
            }
            return true;
        }

        private static long gram(int[] ids, int from, int len) {
            long h = 0x9E3779B97F4A7C15L;
            for (int t = from; t < from + len; t++) {
                h = (h ^ ids[t]) * 0x100000001B3L;
                h = Long.rotateLeft(h, 29);
            }
            return h;
        }

        private SideBySide assemble() {
            Kind[] kindC = new Kind[a.length];
            Kind[] kindS = new Kind[b.length];
            String[] pairC = new String[a.length];
            String[] pairS = new String[b.length];
            String[] otherC = new String[a.length];
            String[] otherS = new String[b.length];
            Map<String, int[]> subs = new LinkedHashMap<>();
            int passages = 0;
            int passageWords = 0;
            int longest = 0;
            int keptWords = 0;
            for (int[] run : runs()) {
                keptWords += run[2];
                if (run[2] < VERBATIM_MIN_WORDS) {
                    continue; // kept, but not a passage worth a highlight
                }
                String id = "p" + passages++;
                passageWords += run[2];
                longest = Math.max(longest, run[2]);
                for (int t = 0; t < run[2]; t++) {
                    kindC[run[0] + t] = Kind.SAME;
                    kindS[run[1] + t] = Kind.SAME;
                    pairC[run[0] + t] = id;
                    pairS[run[1] + t] = id;
                }
            }
            int movedWords = 0;
            for (int i = 0; i < a.length; i++) {
                if (movedC[i] >= 0) {
                    movedWords++;
                    kindC[i] = Kind.MOVED;
                    kindS[movedPartner[i]] = Kind.MOVED;
                    pairC[i] = "m" + movedC[i];
                    pairS[movedPartner[i]] = "m" + movedC[i];
                }
            }
            // the gaps between words kept in order: swaps, rewritten, added and dropped text
            int swaps = 0;
            int swapped = 0;
            int pi = -1;
            int pj = -1;
            for (int i = 0; i <= a.length; i++) {
                if (i < a.length && keptAs[i] < 0) {
                    continue;
                }
                int j = i < a.length ? keptAs[i] : b.length;
                // the gap: copy (pi, i), source (pj, j), without moved words
                int ca = count(movedC, pi + 1, i);
                int cb = count(movedS, pj + 1, j);
                boolean clean = ca == i - pi - 1 && cb == j - pj - 1;
                String copyWords = ca > 0 && clean ? c.text().substring(c.start(pi + 1), c.end(i - 1)) : "";
                String sourceWords = cb > 0 && clean ? s.text().substring(s.start(pj + 1), s.end(j - 1)) : "";
                // a swap stays inside a paragraph: words on both sides of a break are a seam, not a swap
                if (ca > 0 && cb > 0 && ca <= SWAP_MAX_WORDS && cb <= SWAP_MAX_WORDS && clean
                        && copyWords.indexOf('\n') < 0 && sourceWords.indexOf('\n') < 0) {
                    String id = "s" + swaps++;
                    swapped += ca;
                    mark(kindC, pairC, otherC, pi + 1, i, Kind.SWAP, id, sourceWords);
                    mark(kindS, pairS, otherS, pj + 1, j, Kind.SWAP, id, copyWords);
                    subs.computeIfAbsent(lower(sourceWords) + "\u0000" + lower(copyWords), x -> new int[1])[0]++;
                } else {
                    Kind kind = ca > 0 && cb > 0 ? Kind.REWRITTEN : Kind.ONLY;
                    for (int t = pi + 1; t < i; t++) {
                        if (movedC[t] < 0) {
                            kindC[t] = kind;
                        }
                    }
                    for (int t = pj + 1; t < j; t++) {
                        if (movedS[t] < 0) {
                            kindS[t] = kind;
                        }
                    }
                }
                pi = i;
                pj = j;
            }
            // names and numbers both skeletons hold, kept as each other
            boolean[] alignedC = new boolean[a.length];
            boolean[] alignedS = new boolean[b.length];
            Map<String, Anchor> byTerm = new LinkedHashMap<>();
            int sourceAnchors = 0;
            for (boolean x : anchorS) {
                sourceAnchors += x ? 1 : 0;
            }
            int aligned = 0;
            for (int i = 0; i < a.length; i++) {
                int j = keptAs[i] >= 0 ? keptAs[i] : movedC[i] >= 0 ? movedPartner[i] : -1;
                if (j >= 0 && anchorC[i] && anchorS[j]) {
                    alignedC[i] = true;
                    alignedS[j] = true;
                    aligned++;
                    Anchor seen = byTerm.get(c.term(i));
                    byTerm.put(c.term(i), seen == null ? new Anchor(c.written(i), 1) : new Anchor(seen.written(), seen.count() + 1));
                }
            }
            List<Substitution> substitutions = new ArrayList<>();
            subs.forEach((k, v) -> {
                int z = k.indexOf('\u0000');
                substitutions.add(new Substitution(k.substring(0, z), k.substring(z + 1), v[0]));
            });
            substitutions.sort((x, y) -> Integer.compare(y.count(), x.count()));

            List<Paragraph> parasC = paragraphs(c, kindC, keptAs, movedPartner);
            List<Paragraph> parasS = paragraphs(s, kindS, keptBy, inverse(movedPartner, b.length));
            int added = countOnly(c, kindC, parasC);
            int dropped = countOnly(s, kindS, parasS);
            int rewritten = 0;
            for (Kind k : kindC) {
                rewritten += k == Kind.REWRITTEN ? 1 : 0;
            }
            Side copySide = side(c, kindC, pairC, otherC, alignedC, keptAs, movedPartner, s, parasC);
            Side sourceSide = side(s, kindS, pairS, otherS, alignedS, keptBy, inverse(movedPartner, b.length), c, parasS);
            int addedParagraphs = 0;
            int uncompared = 0;
            for (Paragraph p : copySide.paragraphs()) {
                addedParagraphs += p.only() ? 1 : 0;
                uncompared += p.compared() ? 0 : 1;
            }
            int droppedParagraphs = 0;
            for (Paragraph p : sourceSide.paragraphs()) {
                droppedParagraphs += p.only() ? 1 : 0;
                uncompared += p.compared() ? 0 : 1;
            }
            Stats stats = new Stats(a.length, b.length, passageWords, passages, longest, keptWords, swapped, swaps,
                    movedWords, added, dropped, rewritten, addedParagraphs, droppedParagraphs, uncompared, aligned,
                    sourceAnchors);
            List<Anchor> anchorList = new ArrayList<>(byTerm.values());
            anchorList.sort((x, y) -> Integer.compare(y.count(), x.count())); // stable: first seen first among equals
            return new SideBySide(copySide, sourceSide, List.copyOf(substitutions), List.copyOf(anchorList), stats);
        }

        /** Lower case with straight quotes: a word that differs only so is not worth a mark. */
        private static String typographic(String w) {
            return w.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        }

        private static int[] inverse(int[] partner, int n) {
            int[] out = filled(n);
            for (int i = 0; i < partner.length; i++) {
                if (partner[i] >= 0) {
                    out[partner[i]] = i;
                }
            }
            return out;
        }

        private static String lower(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        }

        private static int count(int[] moved, int from, int to) {
            int n = 0;
            for (int t = from; t < to; t++) {
                n += moved[t] < 0 ? 1 : 0;
            }
            return n;
        }

        private static void mark(Kind[] kind, String[] pair, String[] other, int from, int to, Kind k, String id,
                                 String otherText) {
            for (int t = from; t < to; t++) {
                kind[t] = k;
                pair[t] = id;
                other[t] = otherText;
            }
        }

        /** Each word: true when the engine's skeleton counts it a name or number. */
        private static boolean[] strongAnchors(TokenOffsets o) {
            boolean[] out = new boolean[o.size()];
            Fingerprint fp = Engine.standard().fingerprint(new Article("view", o.text(), null, null, null, null));
            if (fp.wordCount() != o.size()) {
                return out; // not the same token sequence: no anchors rather than wrong ones
            }
            Skeleton sk = fp.skeleton();
            for (int k = 0; k < sk.size(); k++) {
                if (sk.isStrong(k)) {
                    out[sk.position(k)] = true;
                }
            }
            return out;
        }

        /**
         * One side's runs (consecutive words of one kind and pair, spanning the text between them),
         * its single-word marks, and its paragraphs.
         */
        private static Side side(TokenOffsets o, Kind[] kind, String[] pair, String[] other, boolean[] anchor,
                                 int[] kept, int[] moved, TokenOffsets otherSide, List<Paragraph> paragraphs) {
            List<Segment> segments = new ArrayList<>();
            List<Mark> marks = new ArrayList<>();
            int n = o.size();
            int i = 0;
            while (i < n) {
                if (kind[i] == null || !o.located(i)) {
                    i++;
                    continue;
                }
                int e = i + 1;
                while (e < n && kind[e] == kind[i] && Objects.equals(pair[e], pair[i]) && o.located(e)) {
                    e++;
                }
                segments.add(new Segment(o.start(i), o.end(e - 1), kind[i], pair[i], other[i]));
                i = e;
            }
            for (int t = 0; t < n; t++) {
                if (!o.located(t)) {
                    continue;
                }
                int partner = kept[t] >= 0 ? kept[t] : moved[t];
                String written = null;
                if (partner >= 0) {
                    String mine = o.written(t);
                    String theirs = otherSide.written(partner);
                    if (!typographic(mine).equals(typographic(theirs))) {
                        written = theirs; // the same word in house style: "US$300" for "$300"
                    }
                }
                if (anchor[t] || written != null) {
                    marks.add(new Mark(o.start(t), o.end(t), anchor[t], written));
                }
            }
            return new Side(o.text(), n, List.copyOf(segments), List.copyOf(marks), List.copyOf(paragraphs));
        }

        /** Each paragraph with its words and how many of them the other side has (kept, moved or swapped). */
        private static List<Paragraph> paragraphs(TokenOffsets o, Kind[] kind, int[] kept, int[] moved) {
            List<Paragraph> paragraphs = new ArrayList<>();
            int n = o.size();
            for (int[] p : o.paragraphs()) {
                int words = 0;
                int keptWords = 0;
                for (int t = o.firstAtOrAfter(p[0]); t < n && o.start(t) < p[1]; t++) {
                    if (!o.located(t)) {
                        continue;
                    }
                    words++;
                    if (kept[t] >= 0 || moved[t] >= 0 || kind[t] == Kind.SWAP) {
                        keptWords++;
                    }
                }
                boolean only = words > 0 && keptWords < PARAGRAPH_KEPT_MIN * words;
                paragraphs.add(new Paragraph(p[0], p[1], words > 0, only, words, keptWords));
            }
            return paragraphs;
        }

        /**
         * Words only this side has. Changed words in a paragraph the other side does not have are
         * this side's own text, not a rewrite (an inserted paragraph next to a trimmed word or two).
         */
        private static int countOnly(TokenOffsets o, Kind[] kind, List<Paragraph> paragraphs) {
            for (Paragraph p : paragraphs) {
                if (!p.only()) {
                    continue;
                }
                for (int t = o.firstAtOrAfter(p.start()); t < o.size() && o.start(t) < p.end(); t++) {
                    if (kind[t] == Kind.REWRITTEN) {
                        kind[t] = Kind.ONLY;
                    }
                }
            }
            int only = 0;
            for (Kind k : kind) {
                only += k == Kind.ONLY ? 1 : 0;
            }
            return only;
        }
    }
}
