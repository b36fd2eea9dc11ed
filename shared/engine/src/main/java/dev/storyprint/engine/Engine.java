package dev.storyprint.engine;

import java.util.Collection;

/**
 * The detection engine's one entry point: read raw input, fingerprint an article, decide against
 * stored candidates. Stateless and thread-safe; build once and share.
 */
public final class Engine {
    /** Upper bound on {@link Fingerprint#retrievalKeys()}: one or two BatchGetItem calls. */
    public static final int MAX_RETRIEVAL_KEYS = 96;

    public static Engine standard() {
        return new Engine();
    }

    /** Extracts the article text (plain text in any common encoding, HTML, JSON) or rejects it. */
    public Reading read(Document document) {
        return dev.storyprint.engine.text.TextReader.standard().read(document);
    }

    public Fingerprint fingerprint(Article article) {
        throw new UnsupportedOperationException("engine: fingerprint not implemented yet");
    }

    /**
     * Decides the label of {@code incoming} (which was registered with arrival sequence
     * {@code incomingSeq}) against stored candidates. Candidates may include articles that arrived
     * later (concurrent processing): the decision for any pair is symmetric, so both sides agree
     * which one is the source (publishedAt, then spin direction, then arrival order).
     */
    public Decision decide(Fingerprint incoming, long incomingSeq, Collection<StoredArticle> candidates) {
        throw new UnsupportedOperationException("engine: decide not implemented yet");
    }
}
