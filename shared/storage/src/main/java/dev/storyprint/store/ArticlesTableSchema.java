package dev.storyprint.store;

/**
 * Attribute names of the articles table: the one place they live, so the template test can check
 * template.yaml against them. Key and GSI key attributes are the only ones the table must declare.
 */
public final class ArticlesTableSchema {
    private ArticlesTableSchema() {}

    /** Partition key (S). */
    public static final String PARTITION_KEY = "articleId";
    /** GSI listing a story's articles in arrival order; projection ALL. */
    public static final String GSI_BY_STORY = "byStory";
    /** GSI partition key (S); absent while an article is pending, so pending items stay out of the GSI. */
    public static final String STORY_ID = "storyId";
    /** GSI sort key (N): position in the global arrival order. */
    public static final String ARRIVAL_SEQ = "arrivalSeq";

    public static final String STATUS = "status";
    public static final String LABEL = "label";
    public static final String MATCHED_ARTICLE_ID = "matchedArticleId";
    public static final String CONFIDENCE = "confidence";
    /** The engine's encoded fingerprint (B). */
    public static final String FINGERPRINT = "fingerprint";
    /** The full verdict JSON (S), as written to results/. */
    public static final String VERDICT = "verdict";
    /** Optimistic-locking counter (N), bumped by every verdict write. */
    public static final String VERSION = "version";
    public static final String OBJECT_KEY = "objectKey";
    public static final String TITLE = "title";
    public static final String SOURCE = "source";
    public static final String URL = "url";
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String REGISTERED_AT = "registeredAt";
    /**
     * String set (SS) on a pending article: story merges it started, {@code "<from>><into>"}, so a
     * redelivery finishes them before deciding again.
     */
    public static final String MERGES = "merges";

    public static final String STATUS_PENDING = "pending";
    public static final String STATUS_FINAL = "final";
}
