package dev.storyprint.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
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

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        ObjectNode n = MAPPER.createObjectNode();
        n.put("articleId", articleId);
        n.put("key", key);
        n.put("title", title);
        n.put("source", source);
        n.put("url", url);
        n.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        if (rejected()) {
            ObjectNode r = n.putObject("rejected");
            r.put("code", rejectedCode);
            r.put("reason", rejectedReason);
        } else {
            n.put("fingerprint", Base64.getEncoder().encodeToString(fingerprint));
        }
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Envelope fromJson(byte[] json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("fingerprint envelope is not JSON", e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("fingerprint envelope is not a JSON object");
        }
        JsonNode rejected = n.get("rejected");
        String fp = text(n, "fingerprint");
        String published = text(n, "publishedAt");
        return new Envelope(
                text(n, "articleId"), text(n, "key"), text(n, "title"), text(n, "source"), text(n, "url"),
                published == null ? null : Instant.parse(published),
                fp == null ? null : Base64.getDecoder().decode(fp),
                rejected == null ? null : text(rejected, "code"),
                rejected == null ? null : text(rejected, "reason"));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
