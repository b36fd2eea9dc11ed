package dev.storyprint.engine;

/** The outcome of reading a {@link Document}: an {@link Article}, or a rejection with a reason. */
public sealed interface Reading {
    /** The article id, known in both cases so a rejection is stored like any verdict. */
    String articleId();

    /** The checked metadata, in both cases: a rejection is stored with what could be read of it. */
    Metadata metadata();

    record Accepted(Article article) implements Reading {
        @Override
        public String articleId() {
            return article.id();
        }

        @Override
        public Metadata metadata() {
            return new Metadata(article.title(), article.url(), article.source(), article.publishedAt());
        }
    }

    /**
     * {@code code} is a stable machine token (e.g. {@code empty}, {@code binary}, {@code too-large});
     * {@code metadata} what was read before the rejection (user metadata, a parsed envelope's fields).
     */
    record Rejected(String articleId, String code, String reason, Metadata metadata) implements Reading {
        public Rejected {
            metadata = metadata == null ? Metadata.NONE : metadata;
        }

        public Rejected(String articleId, String code, String reason) {
            this(articleId, code, reason, Metadata.NONE);
        }
    }
}
