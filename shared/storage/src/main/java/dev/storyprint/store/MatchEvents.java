package dev.storyprint.store;

import java.util.Map;

/**
 * What the match protocol did besides deciding: each wait for an earlier article, each lost write
 * race and each story merge, one structured line apiece (the match function sends them to
 * {@link Telemetry}). Rare by design; a burst of them is the first thing to look at when a story
 * is slow or split.
 */
@FunctionalInterface
public interface MatchEvents {
    MatchEvents NONE = (kind, articleId, details) -> {};

    /** {@code kind} is {@code wait}, {@code race} or {@code merge}; {@code articleId} may be null. */
    void event(String kind, String articleId, Map<String, Object> details);
}
