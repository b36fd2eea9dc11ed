package dev.storyprint.engine;

/**
 * Every number that turns similarity scores into labels, in one place, each with why it has its
 * value. Containment and skeleton scores are in [0, 1]; see {@link PairComparison} for the rules.
 */
final class Thresholds {
    private Thresholds() {}

    /**
     * Syndicated when at least this share of either article's winnowed shingles is found in the
     * other. A copy trimmed to 40% of its source with a few house-style edits keeps ~0.7-0.9 of
     * its own shingles in the source; same-topic originals sharing a quote stay below ~0.15.
     */
    static final double SYNDICATED_MIN_CONTAINMENT = 0.40;
    /**
     * A copy must share at least this many winnowed fingerprints (~2.5 shingles per fingerprint,
     * so ~20+ words verbatim): a 30-word brief that repeats one stock sentence is not a copy.
     */
    static final int MIN_SHARED_FINGERPRINTS = 8;
    /**
     * A syndicated copy keeps the names and numbers of what it copies: at least this weighted share
     * of the lighter skeleton's names and numbers must align (seed 004, trimmed and extended
     * differently: 0.56). Articles written from one template share most shingles but align
     * 0.05-0.25 of their names (bench hard-template). Applies when both sides have
     * {@link SkeletonAlignment#MIN_STRONG_ANCHORS} names or numbers to compare.
     */
    static final double SYNDICATED_MIN_NAME_AGREEMENT = 0.30;
    /**
     * Syndicated also when the skeletons align this well with (almost) no word swaps even though
     * heavy house-style edits broke many shingles: the words between anchors are the same words.
     */
    static final double SYNDICATED_MIN_SKELETON = 0.60;
    /** ...provided at least this much surface is still shared (rules out pure name lists). */
    static final double SYNDICATED_SKELETON_MIN_CONTAINMENT = 0.15;
    /**
     * ...and the aligned runs span at least this share of the shorter article: the copy is edited
     * throughout, not one passage. A shared quote with its speaker aligns 0.6-0.9 of the names
     * but only its own 20-50 words (bench hard-shared-quote, hard-entity-graft).
     */
    static final double SYNDICATED_SKELETON_MIN_ALIGNED = 0.50;

    /**
     * Spun needs this weighted share of the lighter skeleton's names and numbers aligned in
     * chains. Spinners keep names and numbers, so a spun copy aligns 0.5-1.0 of them over the part
     * it kept (less when it dropped or added paragraphs); same-topic originals sharing many names
     * stay below ~0.15 after the chain filter (seeds: 0.00-0.13).
     */
    static final double SPUN_MIN_SKELETON = 0.33;
    /**
     * At least this many chained anchors (two runs' worth): fewer proves nothing, while a short
     * spun brief still chains 6-10 (bench: a spun 150-word speech chained 7).
     */
    static final int SPUN_MIN_ANCHORS = 6;
    /**
     * Spun needs at least this share of the words between aligned anchors swapped. Syndicated
     * copies after house-style normalization stay near 0.01-0.02 (seed 004: 0.014, an odd
     * reworded verb); a spinner swapping 10% of its eligible words already reaches ~0.06.
     */
    static final double SPUN_MIN_SUBSTITUTION_RATE = 0.02;
    /** ...and at least this many swapped words: in a short copy two edits are not a spinner. */
    static final int SPUN_MIN_SUBSTITUTIONS = 3;

    /**
     * ...or spun by a light spinner: at least this many swapped words, more swap segments than
     * one-sided insertions (an editor who rewords also adds and cuts; a spinner only swaps), and
     * {@link #LIGHT_SPIN_MIN_SUBSTITUTION_RATE}. Seed 004 (edited by a second desk: 5 swapped
     * words, 9 insertions) stays syndicated; one reworded word proves nothing.
     */
    static final int LIGHT_SPIN_MIN_SUBSTITUTIONS = 2;
    /** ...and at least this share of aligned words swapped (two swaps in a 1,000-word text are noise). */
    static final double LIGHT_SPIN_MIN_SUBSTITUTION_RATE = 0.005;
    /**
     * A pair that otherwise looks syndicated and keeps its words (no {@link #SPUN_MIN_WORD_CHANGE})
     * is spun by its swaps only when at least this many are seen inside verbatim text too
     * ({@link VerbatimEdits}): "swaps" found only between anchors of a near copy are where the copy
     * cut or moved a sentence and joined its neighbours.
     */
    static final int SPIN_MIN_VERBATIM_EDITS = 1;

    /**
     * ...or spun, for a pair that otherwise looks syndicated, when at least this many small edits
     * sit between verbatim runs (see {@link VerbatimEdits}): house style is folded and a wire copy
     * differs by whole sentences, so a word swapped inside verbatim text is a spinner's (bench
     * seeds 42 and 7, 1,088 syndicated copies: 3 have two or more, seed 004 and two samples).
     */
    static final int VERBATIM_SPIN_MIN_EDITS = 2;
    /** ...and at least this many edits per verbatim word: two in a 230-word sample copy are a desk's (0.9%). */
    static final double VERBATIM_SPIN_MIN_RATE = 0.01;
    /**
     * ...unless more than this share of the one-sided edits go the other way: an editor both cuts
     * and adds words (seed 004: 2 and 3), a spinner's one-sided edits are its phrase swaps.
     */
    static final double VERBATIM_SPIN_MAX_COUNTER_SHARE = 0.25;

    /**
     * ...or spun when at least this share of words is estimated changed from shingle survival
     * (see PairComparison#estimatedWordChange): 5% changed words leave (0.95)^5 = 77% of the
     * 5-word shingles; a syndicated copy after normalization keeps 84-100% of them (seed 004,
     * edited by a second desk: 0.035 estimated).
     */
    static final double SPUN_MIN_WORD_CHANGE = 0.05;
    /** The survival estimate needs this many shingles inside chained runs (below, one edit is 5%+). */
    static final int WORD_CHANGE_MIN_SHINGLES = 60;

    /**
     * Spin direction: a signal is used only when the two sides differ by at least this many
     * occurrences (small counts are noise from the odd reworded phrase)...
     */
    static final int DIRECTION_MIN_DIFFERENCE = 4;
    /** ...and the larger side is at least this multiple of the smaller (a clear majority). */
    static final double DIRECTION_MIN_RATIO = 2.0;
    /**
     * When no signal is clear on its own, the signed differences of the three signals added up
     * decide once they reach this many occurrences: a light spin leaves one or two of each, all
     * pointing the same way (bench seed 42, 640 spun pairs: 573 decided, 1 wrongly; held-out seed
     * 7, 613 pairs: 547 decided, none wrongly).
     */
    static final int DIRECTION_MIN_TOTAL = 3;

    /**
     * Syndication direction by containment (when publication dates do not decide): the copy is
     * the side with at least this share of its shingles in the other. A trim keeps 0.8-1.0 of its
     * own shingles in its source after house-style edits and copy-paste damage; kept above
     * {@link #DIRECTION_CONTAINER_MAX} so that the two sides always differ clearly.
     */
    static final double DIRECTION_CONTAINED_MIN = 0.80;
    /**
     * ...while at most this share of the source's shingles is in the copy: the source has a
     * quarter or more of its text that the copy dropped. An untrimmed copy with an added byline,
     * caption or background sentence stays above it (bench: 0.82-0.93).
     */
    static final double DIRECTION_CONTAINER_MAX = 0.75;
    /**
     * ...and the text only the source has is at least this many winnowed fingerprints (~2.5 words
     * each, so ~50 words, more than a paragraph): byline, caption, credit line and a background
     * sentence added by a desk to a short story must not flip it.
     */
    static final int DIRECTION_MIN_EXTRA = 20;

    /**
     * Two sources explaining a copy's names or shingles within this share of each other are a tie
     * (decided by margin): below it the difference is one paragraph's worth of anchors or less.
     */
    static final double COVERAGE_TIE = 0.05;

    /**
     * Confidence = 0.5 + 0.5 * tanh(margin / CONFIDENCE_SCALE), margin = relative distance of the
     * deciding score from its threshold (smallest over the rule's conditions). 0.25: a score 25%
     * beyond its threshold gives confidence 0.88, 50% gives 0.98.
     */
    static final double CONFIDENCE_SCALE = 0.25;
}
