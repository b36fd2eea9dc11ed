package dev.storyprint.engine;

import java.time.Instant;
import java.util.List;

/**
 * The stored and published result for one article (the JSON verdict of docs/interfaces.md, minus
 * {@code file}). {@code history} keeps every earlier label when an article is relabelled.
 */
public record Verdict(
        String articleId,
        Label label,
        String storyId,
        String matchedArticleId,
        double confidence,
        Scores scores,
        Evidence evidence,
        String reason,
        String key,
        String title,
        String source,
        String url,
        Instant publishedAt,
        Instant decidedAt,
        List<LabelChange> history) {

    public Verdict {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** One earlier label and when it was replaced. */
    public record LabelChange(Label label, String matchedArticleId, Instant until, String why) {}

    /** A Verdict field by field: fifteen positional arguments are easy to swap. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this Verdict's fields, to change a few (a wither for any field). */
    public Builder toBuilder() {
        return new Builder()
                .articleId(articleId)
                .label(label)
                .storyId(storyId)
                .matchedArticleId(matchedArticleId)
                .confidence(confidence)
                .scores(scores)
                .evidence(evidence)
                .reason(reason)
                .key(key)
                .title(title)
                .source(source)
                .url(url)
                .publishedAt(publishedAt)
                .decidedAt(decidedAt)
                .history(history);
    }

    /** Builds a {@link Verdict}; unset fields are null, zero or false (empty for lists). */
    public static final class Builder {
        private String articleId;
        private Label label;
        private String storyId;
        private String matchedArticleId;
        private double confidence;
        private Scores scores;
        private Evidence evidence;
        private String reason;
        private String key;
        private String title;
        private String source;
        private String url;
        private Instant publishedAt;
        private Instant decidedAt;
        private List<LabelChange> history = List.of();

        private Builder() {}

        public Builder articleId(String articleId) {
            this.articleId = articleId;
            return this;
        }

        public Builder label(Label label) {
            this.label = label;
            return this;
        }

        public Builder storyId(String storyId) {
            this.storyId = storyId;
            return this;
        }

        public Builder matchedArticleId(String matchedArticleId) {
            this.matchedArticleId = matchedArticleId;
            return this;
        }

        public Builder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        public Builder scores(Scores scores) {
            this.scores = scores;
            return this;
        }

        public Builder evidence(Evidence evidence) {
            this.evidence = evidence;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder decidedAt(Instant decidedAt) {
            this.decidedAt = decidedAt;
            return this;
        }

        public Builder history(List<LabelChange> history) {
            this.history = history;
            return this;
        }

        public Verdict build() {
            return new Verdict(articleId, label, storyId, matchedArticleId, confidence, scores, evidence, reason, key, title, source, url, publishedAt, decidedAt, history);
        }
    }
}
