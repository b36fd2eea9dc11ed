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
     * Syndicated also when the two repeat at least this many whole sentences of their own
     * narrative word for word (see {@link SharedNarrative#SENTENCE_SHINGLES}; quoted speech does not
     * count): a wire story's write-throughs and trims keep sentences while their containment
     * falls to 0.1-0.4. On the field set's development half no same-event article by another
     * newsroom shares one with the story (0 of 219 pairs), while 53 of 62 carriers do.
     */
    static final int SYNDICATED_MIN_SENTENCES = 1;
    /** ...holding between them at least this many shingles with a name or a number (not a stock phrase). */
    static final int SYNDICATED_MIN_ANCHORED_SHINGLES = 4;
    /**
     * ...in at least this many separate passages: one shared passage alone is a standard header
     * or a grafted paragraph (bench hard-same-debate, hard-entity-graft)...
     */
    static final int SYNDICATED_MIN_PASSAGES = 2;
    /** ...unless that passage is at least this share of the shorter text's narrative: a brief copying a lead. */
    static final double SYNDICATED_SINGLE_PASSAGE_MIN_SHARE = 0.5;
    /**
     * ...and, with names enough to compare, at least this share of them aligned: reports filled
     * into one template repeat its sentences with other names (bench hard-template: 0.02-0.15).
     */
    static final double SYNDICATED_NARRATIVE_MIN_NAME_AGREEMENT = 0.15;
    /**
     * ...and a passage that both texts end with counts only when the rest shares a whole sentence
     * with a name or a number, or at least this share of the names aligns: unrelated stories under
     * one footer and stock sentence align 0.15-0.22 (scale bench, boilerplate), generated copies
     * whose only whole sentence is their shared last one 0.50-1.00.
     */
    static final double SYNDICATED_CLOSING_MIN_NAME_AGREEMENT = 0.30;
    /**
     * ...and when both sides give at least this many distinct numbers, they share one: a copy, even
     * a write-through with updated figures, keeps some of its source's numbers; reports filled
     * into one template share sentences with every figure changed (bench hard-template).
     */
    static final int NUMBERS_TO_COMPARE = 3;
    /**
     * A looser copy: at least this many name-bearing shingles shared in {@link #SYNDICATED_MIN_PASSAGES}
     * passages or more, no whole sentence. Loose write-throughs (field carriers) and rewrites that
     * kept some phrases (LLM slice) both look so; labelled syndicated, never spun, since calling a
     * licensed copy spun costs more than calling a rewrite syndicated.
     */
    static final int SYNDICATED_LOOSE_MIN_ANCHORED_SHINGLES = 6;
    /** The looser rule's margin counts this much: its copies are less certain. */
    static final double SYNDICATED_LOOSE_MARGIN_WEIGHT = 0.5;

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
     * Spun needs a spinner's volume of change: at least this share of the content words between
     * aligned anchors swapped for different words (spellings and inflections do not count, see
     * {@link Variants}). A desk's house-style edits stay near 0.01; a spinner swapping 10% of the
     * words it knows reaches ~0.05 of content words.
     */
    static final double SPUN_MIN_SUBSTITUTION_RATE = 0.02;
    /**
     * ...and at least this many swapped words (or as many estimated changed words): a licensed copy
     * with a handful of edits ("sales" -> "selling", "today" -> "on Saturday") is an edited
     * syndicated copy, its edits listed in the evidence. Calling it spun would call a licensed
     * partner a spinner.
     */
    static final int SPUN_MIN_SWAPS = 6;
    /**
     * A near copy (syndicated by its surface) whose words mostly survive is spun by its swaps only
     * when at least this many of them are seen inside verbatim text too ({@link VerbatimEdits}):
     * "swaps" found only between anchors of a near copy are where the copy cut or moved a sentence.
     */
    static final int SPUN_MIN_VERBATIM_SWAPS = 3;
    /**
     * ...or when the swaps run through the whole text in order: at least this many lexical swaps,
     * {@link #SPUN_PERVASIVE_MIN_RATE} of the aligned words, over a skeleton aligned and spanning at
     * least {@link #SPUN_PERVASIVE_MIN_SKELETON} (a spinner keeps every sentence; a write-through
     * drops and rewrites some: field carriers stay under 12 swaps and 0.4 alignment).
     */
    static final int SPUN_PERVASIVE_MIN_SWAPS = 12;
    static final double SPUN_PERVASIVE_MIN_RATE = 0.08;
    static final double SPUN_PERVASIVE_MIN_SKELETON = 0.6;

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
     * Spun also when the pair reads as a rewrite in other words ({@link Paraphrase}): log-odds =
     * c0 + c1 * (larger share of one side's names and numbers found in the other) + c2 * (smaller
     * such share) + c3 * (smaller share of content words found in the other) + c4 * (larger share)
     * + c5 * (skeleton alignment). A logistic model fitted on the development half only: field
     * pairs (same-event articles of other newsrooms as negatives, real spinner output) and LLM
     * rewrites (light, heavy, trimmed) of field articles and of the team's stories; negatives
     * weighted ten to one, since linking an independent article costs more than missing a
     * rewrite. On that half, at {@link #PARAPHRASE_MIN_PROBABILITY}: 85 of 99 rewrites, 0 of 234
     * negative pairs (generated hard negatives: 0 of 434).
     */
    static final double[] PARAPHRASE_LOGIT = {-14.135, 4.860, 5.002, 4.177, 4.062, 3.110};
    /** A rewrite when the model gives at least this probability. */
    static final double PARAPHRASE_MIN_PROBABILITY = 0.5;
    /** Log-odds per unit of margin (so that the margin is comparable with the other rules' relative margins). */
    static final double PARAPHRASE_LOGIT_SCALE = 4;
    /** ...and the two share at least this many names and numbers: fewer prove nothing about a rewrite. */
    static final int PARAPHRASE_MIN_SHARED_NAMES = 6;

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
