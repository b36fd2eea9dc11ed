package dev.storyprint.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the fingerprint step hands to the match step (the payload of its invocation): the
 * article's metadata and either its encoded fingerprint or the reason it was rejected. Rejections
 * travel this way too, so the match step is the single writer of verdicts.
 */
public record Envelope(
        String articleId,
        String key,
        String title,
        String source,
        String url,
        Instant publishedAt,
        byte[] fingerprint,
        String rejectedCode,
        String rejectedReason) {

    public Envelope {
        Objects.requireNonNull(articleId, "articleId");
        if ((fingerprint == null) == (rejectedCode == null)) {
            throw new IllegalArgumentException("an envelope carries a fingerprint or a rejection, not both or neither");
        }
    }

    public boolean rejected() {
        return rejectedCode != null;
    }

    public byte[] toJson() {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("articleId", articleId);
        n.put("key", key);
        n.put("title", title);
        n.put("source", source);
        n.put("url", url);
        n.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        if (rejected()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("code", rejectedCode);
            r.put("reason", rejectedReason);
            n.put("rejected", r);
        } else {
            n.put("fingerprint", Base64.getEncoder().encodeToString(fingerprint));
        }
        return Json.write(n).getBytes(StandardCharsets.UTF_8);
    }

    /** IllegalArgumentException when {@code json} is not an envelope (not JSON, no article id). */
    public static Envelope fromJson(byte[] json) {
        Map<String, Object> n = Json.readObject(json);
        if (Json.text(n, "articleId") == null) {
            throw new IllegalArgumentException("not an envelope: no articleId");
        }
        Map<String, Object> rejected = Json.object(n, "rejected");
        String fp = Json.text(n, "fingerprint");
        String published = Json.text(n, "publishedAt");
        return builder().articleId(Json.text(n, "articleId")).key(Json.text(n, "key")).title(Json.text(n, "title"))
                .source(Json.text(n, "source")).url(Json.text(n, "url"))
                .publishedAt(published == null ? null : Instant.parse(published))
                .fingerprint(fp == null ? null : Base64.getDecoder().decode(fp))
                .rejectedCode(rejected == null ? null : Json.text(rejected, "code"))
                .rejectedReason(rejected == null ? null : Json.text(rejected, "reason"))
                .build();
    }

    /** A Envelope field by field: nine positional arguments, five of them strings, are easy to swap. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this Envelope's fields, to change a few (a wither for any field). */
    public Builder toBuilder() {
        return new Builder()
                .articleId(articleId)
                .key(key)
                .title(title)
                .source(source)
                .url(url)
                .publishedAt(publishedAt)
                .fingerprint(fingerprint)
                .rejectedCode(rejectedCode)
                .rejectedReason(rejectedReason);
    }

    /** Builds a {@link Envelope}; unset fields are null, zero or false (empty for lists). */
    public static final class Builder {
        private String articleId;
        private String key;
        private String title;
        private String source;
        private String url;
        private Instant publishedAt;
        private byte[] fingerprint;
        private String rejectedCode;
        private String rejectedReason;

        private Builder() {}

        public Builder articleId(String articleId) {
            this.articleId = articleId;
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

        public Builder fingerprint(byte[] fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        public Builder rejectedCode(String rejectedCode) {
            this.rejectedCode = rejectedCode;
            return this;
        }

        public Builder rejectedReason(String rejectedReason) {
            this.rejectedReason = rejectedReason;
            return this;
        }

        public Envelope build() {
            return new Envelope(articleId, key, title, source, url, publishedAt, fingerprint, rejectedCode, rejectedReason);
        }
    }
}
