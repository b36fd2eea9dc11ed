package dev.storyprint.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the fingerprint step hands to the match step ({@code fingerprints/<articleId>.json}): the
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

    public static Envelope fromJson(byte[] json) {
        Map<String, Object> n = Json.readObject(json);
        Map<String, Object> rejected = Json.object(n, "rejected");
        String fp = Json.text(n, "fingerprint");
        String published = Json.text(n, "publishedAt");
        return new Envelope(
                Json.text(n, "articleId"), Json.text(n, "key"), Json.text(n, "title"), Json.text(n, "source"),
                Json.text(n, "url"),
                published == null ? null : Instant.parse(published),
                fp == null ? null : Base64.getDecoder().decode(fp),
                rejected == null ? null : Json.text(rejected, "code"),
                rejected == null ? null : Json.text(rejected, "reason"));
    }
}
