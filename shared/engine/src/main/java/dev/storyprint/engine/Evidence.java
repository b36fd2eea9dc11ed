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
        return builder().summary(summary).build();
    }

    /** This evidence with the deciding rule and its margin. */
    public Evidence withDecision(String rule, double relativeMargin) {
        return toBuilder().decidedBy(rule).margin(relativeMargin).build();
    }

    /** This evidence with the small edits listed. */
    public Evidence withEdits(List<Substitution> smallEdits) {
        return toBuilder().edits(smallEdits).build();
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

    /** A Evidence field by field: thirteen positional arguments, five of them doubles, are easy to swap. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this Evidence's fields, to change a few (a wither for any field). */
    public Builder toBuilder() {
        return new Builder()
                .matchedArticleId(matchedArticleId)
                .matchedStoryId(matchedStoryId)
                .containmentOfIncoming(containmentOfIncoming)
                .containmentOfMatched(containmentOfMatched)
                .skeletonAlignment(skeletonAlignment)
                .alignedAnchors(alignedAnchors)
                .longestPassages(longestPassages)
                .substitutions(substitutions)
                .direction(direction)
                .summary(summary)
                .edits(edits)
                .decidedBy(decidedBy)
                .margin(margin);
    }

    /** Builds a {@link Evidence}; unset fields are null, zero or false (empty for lists). */
    public static final class Builder {
        private String matchedArticleId;
        private String matchedStoryId;
        private double containmentOfIncoming;
        private double containmentOfMatched;
        private double skeletonAlignment;
        private int alignedAnchors;
        private List<Passage> longestPassages = List.of();
        private List<Substitution> substitutions = List.of();
        private String direction;
        private String summary;
        private List<Substitution> edits = List.of();
        private String decidedBy;
        private double margin;

        private Builder() {}

        public Builder matchedArticleId(String matchedArticleId) {
            this.matchedArticleId = matchedArticleId;
            return this;
        }

        public Builder matchedStoryId(String matchedStoryId) {
            this.matchedStoryId = matchedStoryId;
            return this;
        }

        public Builder containmentOfIncoming(double containmentOfIncoming) {
            this.containmentOfIncoming = containmentOfIncoming;
            return this;
        }

        public Builder containmentOfMatched(double containmentOfMatched) {
            this.containmentOfMatched = containmentOfMatched;
            return this;
        }

        public Builder skeletonAlignment(double skeletonAlignment) {
            this.skeletonAlignment = skeletonAlignment;
            return this;
        }

        public Builder alignedAnchors(int alignedAnchors) {
            this.alignedAnchors = alignedAnchors;
            return this;
        }

        public Builder longestPassages(List<Passage> longestPassages) {
            this.longestPassages = longestPassages;
            return this;
        }

        public Builder substitutions(List<Substitution> substitutions) {
            this.substitutions = substitutions;
            return this;
        }

        public Builder direction(String direction) {
            this.direction = direction;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder edits(List<Substitution> edits) {
            this.edits = edits;
            return this;
        }

        public Builder decidedBy(String decidedBy) {
            this.decidedBy = decidedBy;
            return this;
        }

        public Builder margin(double margin) {
            this.margin = margin;
            return this;
        }

        public Evidence build() {
            return new Evidence(matchedArticleId, matchedStoryId, containmentOfIncoming, containmentOfMatched, skeletonAlignment, alignedAnchors, longestPassages, substitutions, direction, summary, edits, decidedBy, margin);
        }
    }
}
