package dev.storyprint.engine;

import static dev.storyprint.engine.Thresholds.*;

/**
 * Compares two fingerprints and decides whether one is a copy of the other and which one is the
 * source. Computed in a canonical order (by article id) so that the outcome for a pair never
 * depends on which of the two is the incoming article: concurrent deciders agree.
 */
final class PairComparison {
    enum Kind { NONE, SYNDICATED, SPUN }

    /** Canonical sides: a has the smaller article id. */
    final Fingerprint a;
    final Fingerprint b;
    final long seqA;
    final long seqB;
    final int shared;
    final double containA;
    final double containB;
    final SkeletonAlignment alignment;
    final GapAnalysis gaps;
    final Kind kind;
    /** Signed relative margin from the deciding thresholds (>= 0 for a copy, < 0 for NONE). */
    final double margin;
    final boolean aIsSource;
    final String direction;
    /** Share of words changed, estimated from shingle survival over the skeleton-aligned part. */
    final double wordChange;
    /** +1: A looks like the source by spin signals, -1: B does, 0: unclear. */
    final int spinVote;
    /** Small edits inside verbatim text; null unless the pair looked syndicated before it was examined. */
    final VerbatimEdits verbatim;

    private PairComparison(Fingerprint a, long seqA, Fingerprint b, long seqB) {
        this.a = a;
        this.b = b;
        this.seqA = seqA;
        this.seqB = seqB;
        this.shared = Surface.intersection(a.surface(), b.surface());
        this.containA = a.surface().length == 0 ? 0 : (double) shared / a.surface().length;
        this.containB = b.surface().length == 0 ? 0 : (double) shared / b.surface().length;
        this.alignment = SkeletonAlignment.align(a.skeleton(), b.skeleton());
        this.gaps = GapAnalysis.of(alignment, a, b);

        double containment = Math.max(containA, containB);
        double skeleton = alignment.score;
        // swaps, not rewritten clauses: an editor rewrites a clause, a spinner swaps words and short phrases
        double subRate = gaps.swapRate();
        this.wordChange = estimatedWordChange();
        double bySwaps = Math.min(rel(subRate, SPUN_MIN_SUBSTITUTION_RATE), rel(gaps.swapped(), SPUN_MIN_SUBSTITUTIONS));
        double byChange = rel(wordChange, SPUN_MIN_WORD_CHANGE);
        double light = lightSpin(gaps, subRate);
        double sharedEnough = rel(shared, MIN_SHARED_FINGERPRINTS);
        // a copy keeps the names and numbers too; articles filled into one template share words, not names
        double namesAgree = alignment.strongAnchors >= SkeletonAlignment.MIN_STRONG_ANCHORS
                ? rel(skeleton, SYNDICATED_MIN_NAME_AGREEMENT) : Double.POSITIVE_INFINITY;
        double syndByContainment = min3(rel(containment, SYNDICATED_MIN_CONTAINMENT), sharedEnough, namesAgree);
        double syndBySkeleton = min3(rel(skeleton, SYNDICATED_MIN_SKELETON),
                -rel(subRate, SPUN_MIN_SUBSTITUTION_RATE),
                min3(rel(containment, SYNDICATED_SKELETON_MIN_CONTAINMENT), sharedEnough,
                        rel(alignedShare(), SYNDICATED_SKELETON_MIN_ALIGNED)));
        double synd = Math.max(syndByContainment, syndBySkeleton);
        if (synd < 0) {
            // a few swaps make a light spin of a near copy only: two texts sharing one passage are not
            light = Math.min(light, synd);
        }
        double spunShape = Math.min(rel(skeleton, SPUN_MIN_SKELETON), rel(alignment.anchors(), SPUN_MIN_ANCHORS));
        double spun = Math.min(spunShape, Math.max(Math.max(bySwaps, byChange), light));
        VerbatimEdits edits = null;
        if (synd >= 0 && byChange < 0) {
            // a near copy whose words mostly survive: look at the verbatim text itself. A spinner's
            // swaps sit inside it; swaps seen only between anchors are seams of cut or moved text.
            edits = VerbatimEdits.of(a, b);
            if (edits.edits() < SPIN_MIN_VERBATIM_EDITS) {
                double none = rel(edits.edits(), SPIN_MIN_VERBATIM_EDITS);
                light = Math.min(light, none);
                bySwaps = Math.min(bySwaps, none);
            }
            spun = Math.min(spunShape, Math.max(Math.max(bySwaps, light), verbatimSpin(edits)));
        }
        this.verbatim = edits;
        if (spun >= 0) {
            kind = Kind.SPUN;
            margin = spun;
        } else if (synd >= 0) {
            kind = Kind.SYNDICATED;
            margin = Math.min(synd, -spun);
        } else {
            kind = Kind.NONE;
            margin = Math.max(spun, synd);
        }
        if (kind == Kind.SPUN) {
            gaps.directionCounts(a, b);
        }
        this.spinVote = kind == Kind.SPUN ? spinVote(gaps) : 0;
        int containVote = kind == Kind.SYNDICATED ? containmentVote() : 0;
        boolean aSource;
        String why;
        if (a.publishedAt() != null && b.publishedAt() != null && !a.publishedAt().equals(b.publishedAt())) {
            aSource = a.publishedAt().isBefore(b.publishedAt());
            why = "published earlier (" + (aSource ? a.publishedAt() : b.publishedAt()) + " < "
                    + (aSource ? b.publishedAt() : a.publishedAt()) + ")";
        } else if (spinVote != 0) {
            aSource = spinVote > 0;
            why = "spin signals: " + spinSignals(gaps, aSource);
        } else if (containVote != 0) {
            aSource = containVote > 0;
            double inSource = aSource ? containB : containA;
            double inCopy = aSource ? containA : containB;
            int onlyInSource = (aSource ? a : b).surface().length - shared;
            why = String.format(java.util.Locale.ROOT, "contained in the other (%.0f%% of the copy's shingles in the "
                    + "source, %.0f%% of the source's in the copy; %d only in the source)", 100 * inSource,
                    100 * inCopy, onlyInSource);
        } else {
            aSource = seqA != seqB ? seqA < seqB : a.articleId().compareTo(b.articleId()) <= 0;
            why = "arrived earlier (no publication dates" + (kind == Kind.SPUN ? ", spin signals unclear)" : ")");
        }
        this.aIsSource = aSource;
        this.direction = why;
    }

    /**
     * Syndication direction from containment asymmetry: a wire copy is trimmed from its source, so
     * when one side is (almost) wholly contained in the other while the other has substantial text
     * of its own, the contained side is the copy. +1: A is the source, -1: B is, 0: near-symmetric
     * (both trimmed, or only a byline, caption or background sentence added), left to arrival order.
     */
    int containmentVote() {
        int onlyA = a.surface().length - shared;
        int onlyB = b.surface().length - shared;
        if (containB >= DIRECTION_CONTAINED_MIN && containA <= DIRECTION_CONTAINER_MAX && onlyA >= DIRECTION_MIN_EXTRA) {
            return 1;
        }
        if (containA >= DIRECTION_CONTAINED_MIN && containB <= DIRECTION_CONTAINER_MAX && onlyB >= DIRECTION_MIN_EXTRA) {
            return -1;
        }
        return 0;
    }

    /**
     * Per-word change rate p estimated from surface survival inside the aligned region: of the
     * shingles starting between the first and last anchor of each chained run, the share found
     * anywhere in the other text is (1 - p)^k for k-word shingles when swaps are independent.
     * Catches spinners whose phrase swaps break the word-for-word gap analysis.
     */
    private double estimatedWordChange() {
        double survival = Math.max(survival(alignment.aWords, a, b), survival(alignment.bWords, b, a));
        return survival < 0 ? 0 : 1 - Math.pow(survival, 1.0 / Surface.SHINGLE_WORDS);
    }

    /** Share of {@code x}'s shingles inside the chained runs found in {@code y}; -1 when too few to judge. */
    private double survival(int[] words, Fingerprint x, Fingerprint y) {
        long[] shingles = x.shingles();
        int total = 0;
        int found = 0;
        int k = words.length;
        int runStart = 0;
        for (int t = 0; t < k; t++) {
            boolean endOfRun = t + 1 >= k || !alignment.linked[t];
            if (endOfRun) {
                int end = Math.min(words[t] - Surface.SHINGLE_WORDS + 1, shingles.length - 1);
                for (int i = words[runStart]; i <= end; i++) {
                    total++;
                    if (y.containsShingle(shingles[i])) {
                        found++;
                    }
                }
                runStart = t + 1;
            }
        }
        return total < WORD_CHANGE_MIN_SHINGLES ? -1 : (double) found / total;
    }

    static PairComparison compare(Fingerprint x, long seqX, Fingerprint y, long seqY) {
        boolean xFirst = x.articleId() == null || y.articleId() == null || x.articleId().compareTo(y.articleId()) <= 0;
        return xFirst ? new PairComparison(x, seqX, y, seqY) : new PairComparison(y, seqY, x, seqX);
    }

    /**
     * How much of the copy on side {@code copyIsA ? A : B} the other side explains: its surface
     * containment for a syndicated pair, its aligned share of names and numbers for a spun one.
     * Used to choose between several possible sources of one copy.
     */
    double coverageOf(boolean copyIsA) {
        if (kind == Kind.SYNDICATED) {
            return copyIsA ? containA : containB;
        }
        return copyIsA ? alignment.coverageA : alignment.coverageB;
    }

    /** Share of the shorter article's words inside the chained runs of the alignment. */
    double alignedShare() {
        double sa = a.wordCount() == 0 ? 0 : (double) gaps.wordsA / a.wordCount();
        double sb = b.wordCount() == 0 ? 0 : (double) gaps.wordsB / b.wordCount();
        return a.wordCount() <= b.wordCount() ? sa : sb;
    }

    double containment() {
        return Math.max(containA, containB);
    }

    /**
     * Margin of the light-spinner rule (see {@link Thresholds#LIGHT_SPIN_MIN_SUBSTITUTIONS}): few
     * swaps, but only swaps; negative infinity when insertions are as many as the swap segments.
     */
    static double lightSpin(GapAnalysis g, double subRate) {
        if (g.singleSwaps + g.phraseSwaps <= g.insertedA + g.insertedB) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.min(rel(subRate, LIGHT_SPIN_MIN_SUBSTITUTION_RATE), rel(g.swapped(), LIGHT_SPIN_MIN_SUBSTITUTIONS));
    }

    /**
     * Margin of the verbatim-context spin rule (see {@link Thresholds#VERBATIM_SPIN_MIN_EDITS}):
     * enough small edits inside verbatim text, and not an editor's mix of added and dropped words.
     */
    static double verbatimSpin(VerbatimEdits e) {
        int oneSided = e.onlyA + e.onlyB;
        if (Math.min(e.onlyA, e.onlyB) > VERBATIM_SPIN_MAX_COUNTER_SHARE * oneSided) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.min(rel(e.edits(), VERBATIM_SPIN_MIN_EDITS), rel(e.rate(), VERBATIM_SPIN_MIN_RATE));
    }

    /** Relative margin of a value over a threshold. */
    static double rel(double value, double threshold) {
        return (value - threshold) / threshold;
    }

    private static double min3(double x, double y, double z) {
        return Math.min(x, Math.min(y, z));
    }

    /**
     * Dictionary-free spin direction. A spinner (1) swaps single words for phrases more often than
     * the reverse ("Chinese" -> "Chinese language"), so the spun side has more longer segments and
     * small insertions; (2) maps one source word to several different words, so source words fan
     * out; (3) picks odd words that the source never uses, while the source's swapped words are
     * common ones the spun text still uses where it left them alone; (4) by the same token picks
     * the longer word: common words are short (Zipf's law of abbreviation), so a word-for-word swap
     * ("said" -> "acknowledged") lengthens the spun side more often than not. Each signal votes only when
     * clear; the direction is decided when the clear votes agree, or, with no clear vote, when
     * the signals' signed differences add up to {@link Thresholds#DIRECTION_MIN_TOTAL}.
     */
    static int spinVote(GapAnalysis g) {
        int votes = 0;
        int contrary = 0;
        int[] signals = {
            clear(g.longerB + g.insertedB, g.longerA + g.insertedA),
            clear(g.fanOutA(), g.fanOutB()),
            clear(g.foundInOtherA, g.foundInOtherB),
            clear(g.longerWordB, g.longerWordA),
        };
        for (int s : signals) {
            if (s > 0) {
                votes++;
            } else if (s < 0) {
                contrary++;
            }
        }
        if (votes > 0 && contrary == 0) {
            return 1;
        }
        if (contrary > 0 && votes == 0) {
            return -1;
        }
        if (votes > 0) {
            return 0; // clear signals disagree
        }
        // no signal clear alone: their weak evidence adds up (positive: A is the source)
        int total = (g.longerB + g.insertedB - g.longerA - g.insertedA) + (g.fanOutA() - g.fanOutB())
                + (g.foundInOtherA - g.foundInOtherB) + (g.longerWordB - g.longerWordA);
        return Math.abs(total) >= DIRECTION_MIN_TOTAL ? Integer.signum(total) : 0;
    }

    /** +1 when x is clearly larger than y, -1 when clearly smaller, 0 otherwise. */
    static int clear(int x, int y) {
        if (x - y >= DIRECTION_MIN_DIFFERENCE && x >= DIRECTION_MIN_RATIO * y) {
            return 1;
        }
        if (y - x >= DIRECTION_MIN_DIFFERENCE && y >= DIRECTION_MIN_RATIO * x) {
            return -1;
        }
        return 0;
    }

    static String spinSignals(GapAnalysis g, boolean aSource) {
        int longerSpun = aSource ? g.longerB + g.insertedB : g.longerA + g.insertedA;
        int longerSource = aSource ? g.longerA + g.insertedA : g.longerB + g.insertedB;
        int fanSource = aSource ? g.fanOutA() : g.fanOutB();
        int fanSpun = aSource ? g.fanOutB() : g.fanOutA();
        int commonSource = aSource ? g.foundInOtherA : g.foundInOtherB;
        int commonSpun = aSource ? g.foundInOtherB : g.foundInOtherA;
        int wordSpun = aSource ? g.longerWordB : g.longerWordA;
        int wordSource = aSource ? g.longerWordA : g.longerWordB;
        return "spun side longer in " + longerSpun + " vs " + longerSource + " phrase swaps; one-to-many "
                + fanSource + " vs " + fanSpun + "; swapped words used by the other text " + commonSource
                + " vs " + commonSpun + "; longer word in " + wordSpun + " vs " + wordSource + " word swaps";
    }

    String describe() {
        return String.format(java.util.Locale.ROOT,
                "%s~%s wordChange=%.3f kind=%s margin=%.3f contA=%.3f contB=%.3f shared=%d skel=%.3f anchors=%d lcs=%d subRate=%.3f "
                        + "same=%d subst=%d longerA=%d longerB=%d insA=%d insB=%d fanA=%d fanB=%d foundA=%d/%d foundB=%d/%d vote=%d src=%s",
                a.articleId(), b.articleId(), wordChange, kind, margin, containA, containB, shared, alignment.score,
                alignment.anchors(), alignment.lcs, gaps.substitutionRate(), gaps.same, gaps.substituted,
                gaps.longerA, gaps.longerB, gaps.insertedA, gaps.insertedB, gaps.fanOutA(), gaps.fanOutB(),
                gaps.foundInOtherA, gaps.distinctA, gaps.foundInOtherB, gaps.distinctB, spinVote,
                aIsSource ? "A" : "B");
    }
}
