package dev.storyprint.store;

import dev.storyprint.engine.Label;
import dev.storyprint.engine.Verdict;
import java.time.Instant;
import java.util.Objects;

/**
 * One article as stored: registration data (fingerprint, metadata, arrival sequence) and, once
 * decided, its verdict. {@code arrivalSeq} is null until taken; {@code fingerprint} is null for a
 * rejected article; {@code verdict} is null while pending.
 */
public record ArticleRecord(
        String articleId,
        String objectKey,
        String title,
        String source,
        String url,
        Instant publishedAt,
        byte[] fingerprint,
        Long arrivalSeq,
        boolean isFinal,
        Verdict verdict,
        long version) {

    public ArticleRecord {
        Objects.requireNonNull(articleId, "articleId");
        if (isFinal) {
            Objects.requireNonNull(verdict, "a final record carries its verdict");
        }
    }

    public static ArticleRecord pending(Envelope envelope) {
        return builder().articleId(envelope.articleId()).objectKey(envelope.key()).title(envelope.title())
                .source(envelope.source()).url(envelope.url()).publishedAt(envelope.publishedAt())
                .fingerprint(envelope.fingerprint()).build();
    }

    /** Null while pending. */
    public Label label() {
        return verdict == null ? null : verdict.label();
    }

    /** Null while pending (and for rejected articles). */
    public String storyId() {
        return verdict == null ? null : verdict.storyId();
    }

    public ArticleRecord withVerdict(Verdict v) {
        return toBuilder().isFinal(true).verdict(v).build();
    }

    public ArticleRecord withArrivalSeq(long seq) {
        return toBuilder().arrivalSeq(seq).build();
    }

    /** A ArticleRecord field by field: eleven positional arguments are easy to swap. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this ArticleRecord's fields, to change a few (a wither for any field). */
    public Builder toBuilder() {
        return new Builder()
                .articleId(articleId)
                .objectKey(objectKey)
                .title(title)
                .source(source)
                .url(url)
                .publishedAt(publishedAt)
                .fingerprint(fingerprint)
                .arrivalSeq(arrivalSeq)
                .isFinal(isFinal)
                .verdict(verdict)
                .version(version);
    }

    /** Builds a {@link ArticleRecord}; unset fields are null, zero or false (empty for lists). */
    public static final class Builder {
        private String articleId;
        private String objectKey;
        private String title;
        private String source;
        private String url;
        private Instant publishedAt;
        private byte[] fingerprint;
        private Long arrivalSeq;
        private boolean isFinal;
        private Verdict verdict;
        private long version;

        private Builder() {}

        public Builder articleId(String articleId) {
            this.articleId = articleId;
            return this;
        }

        public Builder objectKey(String objectKey) {
            this.objectKey = objectKey;
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

        public Builder fingerprint(byte[] fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        public Builder arrivalSeq(Long arrivalSeq) {
            this.arrivalSeq = arrivalSeq;
            return this;
        }

        public Builder isFinal(boolean isFinal) {
            this.isFinal = isFinal;
            return this;
        }

        public Builder verdict(Verdict verdict) {
            this.verdict = verdict;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public ArticleRecord build() {
            return new ArticleRecord(articleId, objectKey, title, source, url, publishedAt, fingerprint, arrivalSeq, isFinal, verdict, version);
        }
    }
}
