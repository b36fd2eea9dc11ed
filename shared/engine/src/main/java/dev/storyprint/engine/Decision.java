package dev.storyprint.engine;

import java.util.List;

/**
 * The engine's answer for one incoming article against its candidates.
 *
 * @param label     original, syndicated or spun (never rejected: rejection happens at reading)
 * @param matched   the stored article it copies; null for an original
 * @param relabels  stored articles that turn out to be copies of the incoming one (it is their
 *                  source: earlier publication, or the spin direction says so)
 */
public record Decision(Label label, StoredArticle matched, double confidence, Scores scores, Evidence evidence,
                       List<Relabel> relabels) {
    public Decision {
        relabels = relabels == null ? List.of() : List.copyOf(relabels);
    }

    /** A stored article whose label changes because the incoming article is its source. */
    public record Relabel(StoredArticle article, Label newLabel, double confidence, Scores scores, Evidence evidence) {}
}
