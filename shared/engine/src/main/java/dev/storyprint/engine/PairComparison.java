package dev.storyprint.engine;

import static dev.storyprint.engine.Thresholds.*;

/**
 * Compares two fingerprints and decides whether one is a copy of the other and which one is the
 * source. Computed in a canonical order (by article id) so that the outcome for a pair never
 * depends on which of the two is the incoming article: concurrent deciders agree.
 */
final class PairComparison {
    enum Kind { NONE, SYNDICATED, SPUN }

    /** Which rule decided the pair's kind: evidence for a reader, and the key of its confidence. */
    enum Rule {
        /** Shingle containment or an aligned skeleton with the same words: a near-verbatim copy. */
        SHARED_TEXT("shared text"),
        /** Whole sentences of the other's narrative repeated word for word. */
        SHARED_SENTENCES("shared sentences"),
        /** Name-bearing phrases repeated in several places, no whole sentence: a loose copy. */
        SHARED_PHRASES("shared phrases"),
        /** A spinner's volume of swapped words over names and numbers in order. */
        SWAPS("swapped words"),
        /** The content (names, numbers, vocabulary) of the other in other words. */
        PARAPHRASE("paraphrase"),
        /** Below every copy rule. */
        NONE("below every copy rule");

        final String wire;

        Rule(String wire) {
            this.wire = wire;
        }
    }

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
    /** The rule that decided {@link #kind}. */
    final Rule rule;
    /** Signed relative margin from the deciding thresholds (>= 0 for a copy, < 0 for NONE). */
    final double margin;
    final boolean aIsSource;
    final String direction;
    /** Share of words changed, estimated from shingle survival over the skeleton-aligned part. */
    final double wordChange;
    /** Small edits inside verbatim text; null unless the pair looked syndicated before it was examined. */
    final VerbatimEdits verbatim;
    /** The narrative (unquoted) text the two share. */
    final SharedNarrative narrative;
    /** How much of the content the two share, without order: a rewrite's measure. */
    final Paraphrase paraphrase;

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
        // A spinner's volume: words swapped for different words, not a desk's handful of edits or
        // spellings, and not a rewritten clause (an editor rewrites a clause, a spinner swaps words)
        double swapRate = gaps.swapRate();
        this.wordChange = estimatedWordChange();
        double bySwaps = Math.min(rel(gaps.lexicalRate(), SPUN_MIN_SUBSTITUTION_RATE),
                rel(gaps.lexical, SPUN_MIN_SWAPS));
        double byChange = Math.min(rel(wordChange, SPUN_MIN_WORD_CHANGE),
                rel(wordChange * Math.min(gaps.wordsA, gaps.wordsB), SPUN_MIN_SWAPS));
        double sharedEnough = rel(shared, MIN_SHARED_FINGERPRINTS);
        // a copy keeps the names and numbers too; articles filled into one template share words, not names
        double namesAgree = alignment.strongAnchors >= SkeletonAlignment.MIN_STRONG_ANCHORS
                ? rel(skeleton, SYNDICATED_MIN_NAME_AGREEMENT) : Double.POSITIVE_INFINITY;
        double syndByContainment = min3(rel(containment, SYNDICATED_MIN_CONTAINMENT), sharedEnough, namesAgree);
        double syndBySkeleton = min3(rel(skeleton, SYNDICATED_MIN_SKELETON),
                -rel(swapRate, SPUN_MIN_SUBSTITUTION_RATE),
                min3(rel(containment, SYNDICATED_SKELETON_MIN_CONTAINMENT), sharedEnough,
                        rel(alignedShare(), SYNDICATED_SKELETON_MIN_ALIGNED)));
        // A copy repeats the other's own sentences, names and numbers in them: at least one whole
        // sentence, in more than one passage (or one that is most of the shorter text). Outlets
        // writing independently share quoted statements and stock phrases only; reports filled
        // into one template share sentences but not their names.
        // A passage both texts end with is boilerplate-shaped (a publisher's footer or sign-off under
        // unrelated stories) as much as a copy's last paragraph. It counts when the rest shares a
        // whole sentence with a name or a number, or the texts' names agree as a copy's do;
        // otherwise the pair is judged on what it shares before that closing passage.
        SharedNarrative withClosing = SharedNarrative.of(a, b);
        SharedNarrative beforeClosing = withClosing.beforeClosing;
        this.narrative = beforeClosing != null && beforeClosing.sentences == 0
                && skeleton < SYNDICATED_CLOSING_MIN_NAME_AGREEMENT
                ? beforeClosing : withClosing;
        double namesLoosely = alignment.strongAnchors >= SkeletonAlignment.MIN_STRONG_ANCHORS
                ? rel(skeleton, SYNDICATED_NARRATIVE_MIN_NAME_AGREEMENT) : Double.POSITIVE_INFINITY;
        // a copy keeps some of the other's figures; reports filled into one template have their own
        if (a.numbers().length >= NUMBERS_TO_COMPARE && b.numbers().length >= NUMBERS_TO_COMPARE
                && Surface.intersection(a.numbers(), b.numbers()) == 0) {
            namesLoosely = -1;
        }
        double syndByNarrative = Math.min(Math.min(rel(narrative.sentences, SYNDICATED_MIN_SENTENCES),
                        rel(narrative.anchored, SYNDICATED_MIN_ANCHORED_SHINGLES)),
                Math.min(Math.max(rel(narrative.passages, SYNDICATED_MIN_PASSAGES),
                        rel(narrative.share, SYNDICATED_SINGLE_PASSAGE_MIN_SHARE)), namesLoosely));
        double synd = Math.max(Math.max(syndByContainment, syndBySkeleton), syndByNarrative);
        Rule syndRule = syndByNarrative > Math.max(syndByContainment, syndBySkeleton) ? Rule.SHARED_SENTENCES
                : Rule.SHARED_TEXT;
        // Weaker: name-bearing phrases repeated in several places, no whole sentence. A loosely
        // edited version of a story, or a rewrite that kept some phrases: the same story either
        // way, and never called spun without a spinner's swaps inside the shared text.
        double syndLoosely = min3(rel(narrative.anchored, SYNDICATED_LOOSE_MIN_ANCHORED_SHINGLES),
                rel(narrative.passages, SYNDICATED_MIN_PASSAGES), namesLoosely);
        double spunShape = Math.min(rel(skeleton, SPUN_MIN_SKELETON), rel(alignment.anchors(), SPUN_MIN_ANCHORS));
        double spun = Math.min(spunShape, Math.max(bySwaps, byChange));
        VerbatimEdits edits = null;
        if (synd < 0 && syndLoosely >= 0) {
            synd = syndLoosely * SYNDICATED_LOOSE_MARGIN_WEIGHT;
            syndRule = Rule.SHARED_PHRASES;
        }
        if (synd >= 0) {
            // a near copy: its small edits inside verbatim text are the evidence an editor checks
            edits = VerbatimEdits.of(a, b);
            // a copy of verbatim text is spun only when swaps sit inside that text too, or run through
            // all of it in order: a wire's write-through rewrites whole sentences (which reads as
            // changed words) and keeps the rest word for word; swaps seen only between anchors of a
            // near copy are seams of cut or moved text
            double pervasive = Math.min(Math.min(rel(gaps.lexical, SPUN_PERVASIVE_MIN_SWAPS),
                            rel(gaps.lexicalRate(), SPUN_PERVASIVE_MIN_RATE)),
                    Math.min(rel(skeleton, SPUN_PERVASIVE_MIN_SKELETON), rel(alignedShare(), SPUN_PERVASIVE_MIN_SKELETON)));
            spun = Math.min(spun, Math.max(rel(edits.lexicalSwaps, SPUN_MIN_VERBATIM_SWAPS), pervasive));
        }
        this.verbatim = edits;
        this.paraphrase = new Paraphrase(a, b, skeleton);
        Rule spunRule = Rule.SWAPS;
        if (spun < 0 && (synd < 0 || syndRule == Rule.SHARED_PHRASES)) {
            // no verbatim sentence and no spinner's swaps in order: a rewrite in other words keeps the
            // content. Linked by a few phrases only, a desk's loose edit brings content of its own
            // (field carriers: paraphrase margin -0.7 to -1.0) while an LLM rewrite keeps all of it
            // (heavy rewrites of the development half: +0.2 to +0.5)
            double byParaphrase = Math.min(paraphrase.margin(),
                    rel(paraphrase.sharedNames, PARAPHRASE_MIN_SHARED_NAMES));
            if (byParaphrase > spun) {
                spun = byParaphrase;
                spunRule = Rule.PARAPHRASE;
            }
        }
        if (spun >= 0) {
            kind = Kind.SPUN;
            margin = spun;
            rule = spunRule;
        } else if (synd >= 0) {
            kind = Kind.SYNDICATED;
            margin = Math.min(synd, -spun);
            rule = syndRule;
        } else {
            kind = Kind.NONE;
            margin = Math.max(spun, synd);
            rule = Rule.NONE;
        }
        boolean aSource;
        String why;
        if (a.publishedAt() != null && b.publishedAt() != null && !a.publishedAt().equals(b.publishedAt())) {
            aSource = a.publishedAt().isBefore(b.publishedAt());
            why = "published earlier (" + (aSource ? a.publishedAt() : b.publishedAt()) + " < "
                    + (aSource ? b.publishedAt() : a.publishedAt()) + ")";
        } else {
            // Without two publication dates the earlier arrival is the source, whatever the texts
            // suggest: no textual signal (spin traces, trims) was right on 99% of real pairs, and
            // demoting a real original is the costliest mistake.
            aSource = seqA != seqB ? seqA < seqB : a.articleId().compareTo(b.articleId()) <= 0;
            why = "arrived earlier (publication dates missing on "
                    + (a.publishedAt() == null && b.publishedAt() == null ? "both" : "one side")
                    + ": arrival order kept, the texts alone cannot say which came first)";
        }
        this.aIsSource = aSource;
        this.direction = why;
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

    /** Relative margin of a value over a threshold. */
    static double rel(double value, double threshold) {
        return (value - threshold) / threshold;
    }

    private static double min3(double x, double y, double z) {
        return Math.min(x, Math.min(y, z));
    }

    String describe() {
        return String.format(java.util.Locale.ROOT,
                "%s~%s wordChange=%.3f kind=%s margin=%.3f contA=%.3f contB=%.3f shared=%d skel=%.3f anchors=%d lcs=%d subRate=%.3f "
                        + "same=%d subst=%d longerA=%d longerB=%d insA=%d insB=%d src=%s",
                a.articleId(), b.articleId(), wordChange, kind, margin, containA, containB, shared, alignment.score,
                alignment.anchors(), alignment.lcs, gaps.substitutionRate(), gaps.same, gaps.substituted,
                gaps.longerA, gaps.longerB, gaps.insertedA, gaps.insertedB, aIsSource ? "A" : "B");
    }
}
