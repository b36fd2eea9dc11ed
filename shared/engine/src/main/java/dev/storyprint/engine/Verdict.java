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
}
