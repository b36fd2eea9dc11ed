package dev.storyprint.engine;

/**
 * Whether one article rewrites the other in other words, as an LLM paraphrase or a content farm's
 * rewrite does: sentences reworded, merged and reordered, quotes turned into reported speech, so
 * that neither shingles nor the names in their order survive. What survives is the content: the
 * names and numbers (a rewrite invents none and drops few) and most of the vocabulary. Measured
 * without order, both ways, and combined by a logistic model (see {@link Thresholds#PARAPHRASE_LOGIT}):
 * {@link #probability} is the fitted chance that the pair is a rewrite and not two newsrooms'
 * articles on one event, which share names and topic words too but each with much of its own.
 */
final class Paraphrase {
    /** Share of each side's names and numbers (strong anchors, distinct) found in the other. */
    final double namesOfA;
    final double namesOfB;
    /** Share of each side's distinct content words found in the other. */
    final double wordsOfA;
    final double wordsOfB;
    /** Distinct names and numbers the two share. */
    final int sharedNames;
    final double probability;

    Paraphrase(Fingerprint a, Fingerprint b, double skeletonAlignment) {
        long[] na = a.names();
        long[] nb = b.names();
        this.sharedNames = Surface.intersection(na, nb);
        this.namesOfA = na.length == 0 ? 0 : (double) sharedNames / na.length;
        this.namesOfB = nb.length == 0 ? 0 : (double) sharedNames / nb.length;
        long[] va = a.vocabulary();
        long[] vb = b.vocabulary();
        int words = Surface.intersection(va, vb);
        this.wordsOfA = va.length == 0 ? 0 : (double) words / va.length;
        this.wordsOfB = vb.length == 0 ? 0 : (double) words / vb.length;
        double[] w = Thresholds.PARAPHRASE_LOGIT;
        // symmetric: the better-covered side plays the rewrite (its content is all in the other)
        double logit = w[0] + w[1] * Math.max(namesOfA, namesOfB) + w[2] * Math.min(namesOfA, namesOfB)
                + w[3] * Math.min(wordsOfA, wordsOfB) + w[4] * Math.max(wordsOfA, wordsOfB) + w[5] * skeletonAlignment;
        this.probability = 1 / (1 + Math.exp(-logit));
    }

    /** Log-odds over the decision threshold: >= 0 for a rewrite. */
    double margin() {
        double p = Math.min(Math.max(probability, 1e-9), 1 - 1e-9);
        double t = Thresholds.PARAPHRASE_MIN_PROBABILITY;
        return (Math.log(p / (1 - p)) - Math.log(t / (1 - t))) / Thresholds.PARAPHRASE_LOGIT_SCALE;
    }
}
