package dev.storyprint.engine;

import java.util.List;

/**
 * What made a decision, in terms a reader can check against the two texts. Offsets are word
 * offsets into each article's normalized token sequence.
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
        String summary) {

    public Evidence {
        longestPassages = longestPassages == null ? List.of() : List.copyOf(longestPassages);
        substitutions = substitutions == null ? List.of() : List.copyOf(substitutions);
    }

    /** Evidence for an article that matched nothing closely enough. */
    public static Evidence none(String summary) {
        return new Evidence(null, null, 0, 0, 0, 0, List.of(), List.of(), null, summary);
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
