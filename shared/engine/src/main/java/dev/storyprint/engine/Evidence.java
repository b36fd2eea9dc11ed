package dev.storyprint.engine;

import java.util.List;

/**
 * What made a decision, in terms a reader can check against the two texts. Offsets are word
 * offsets into each article's normalized token sequence (content words: function words are not
 * terms).
 *
 * @param edits     small edits found inside verbatim text (a desk's or a spinner's), listed for a
 *                  syndicated copy so an editor sees what changed
 * @param decidedBy the rule that decided ("shared text", "shared sentences", "shared phrases",
 *                  "swapped words", "paraphrase", "below every copy rule", "no candidate")
 * @param margin    how far the deciding score was beyond (or, for an original, below) its
 *                  threshold, relative; the confidence is calibrated from it per rule
 */
public record Evidence(
        String matchedArticleId,
        String matchedStoryId,
        double containmentOfIncoming,
        double containmentOfMatched,
        double skeletonAlignment,
        int alignedAnchors,
        List<Passage> longestPassages,
        List<Substitution> substitutions,
        String direction,
        String summary,
        List<Substitution> edits,
        String decidedBy,
        double margin) {

    public Evidence {
        longestPassages = longestPassages == null ? List.of() : List.copyOf(longestPassages);
        substitutions = substitutions == null ? List.of() : List.copyOf(substitutions);
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    /** The evidence fields of earlier versions; no edits, rule or margin. */
    public Evidence(String matchedArticleId, String matchedStoryId, double containmentOfIncoming,
                    double containmentOfMatched, double skeletonAlignment, int alignedAnchors, List<Passage> longestPassages,
                    List<Substitution> substitutions, String direction, String summary) {
        this(matchedArticleId, matchedStoryId, containmentOfIncoming, containmentOfMatched, skeletonAlignment,
                alignedAnchors, longestPassages, substitutions, direction, summary, List.of(), null, 0);
    }

    /** Evidence for an article that matched nothing closely enough. */
    public static Evidence none(String summary) {
        return new Evidence(null, null, 0, 0, 0, 0, List.of(), List.of(), null, summary);
    }

    /** This evidence with the deciding rule and its margin. */
    public Evidence withDecision(String rule, double relativeMargin) {
        return new Evidence(matchedArticleId, matchedStoryId, containmentOfIncoming, containmentOfMatched,
                skeletonAlignment, alignedAnchors, longestPassages, substitutions, direction, summary, edits, rule,
                relativeMargin);
    }

    /** This evidence with the small edits listed. */
    public Evidence withEdits(List<Substitution> smallEdits) {
        return new Evidence(matchedArticleId, matchedStoryId, containmentOfIncoming, containmentOfMatched,
                skeletonAlignment, alignedAnchors, longestPassages, substitutions, direction, summary, smallEdits,
                decidedBy, margin);
    }

    /** A run of words shared near-verbatim: [start, end) word offsets on each side. */
    public record Passage(int incomingStart, int incomingEnd, int matchedStart, int matchedEnd, String excerpt) {}

    /** A word swap seen between aligned anchors, e.g. {@code trade -> replace x14}. */
    public record Substitution(String from, String to, int count) {
        @Override
        public String toString() {
            return from + " -> " + to + " x" + count;
        }
    }
}
