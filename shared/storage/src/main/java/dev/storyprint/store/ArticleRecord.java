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
        return new ArticleRecord(envelope.articleId(), envelope.key(), envelope.title(), envelope.source(),
                envelope.url(), envelope.publishedAt(), envelope.fingerprint(), null, false, null, 0);
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
        return new ArticleRecord(articleId, objectKey, title, source, url, publishedAt, fingerprint, arrivalSeq,
                true, v, version);
    }

    public ArticleRecord withArrivalSeq(long seq) {
        return new ArticleRecord(articleId, objectKey, title, source, url, publishedAt, fingerprint, seq,
                isFinal, verdict, version);
    }
}
