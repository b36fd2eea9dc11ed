package dev.storyprint.engine;

/** The outcome of reading a {@link Document}: an {@link Article}, or a rejection with a reason. */
public sealed interface Reading {
    /** The article id, known in both cases so a rejection is stored like any verdict. */
    String articleId();

    record Accepted(Article article) implements Reading {
        @Override
        public String articleId() {
            return article.id();
        }
    }

    /** {@code code} is a stable machine token (e.g. {@code empty}, {@code binary}, {@code too-large}). */
    record Rejected(String articleId, String code, String reason) implements Reading {}
}
