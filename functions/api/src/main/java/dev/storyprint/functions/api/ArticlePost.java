package dev.storyprint.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.text.IsoInstants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /articles}, checked as a request before the engine reads it as an
 * article. What makes the REQUEST unusable is an HTTP error (no body, undecodable base64, JSON that
 * does not parse or lacks {@code text}, a media type we do not read, too many bytes); what makes
 * the ARTICLE unusable (too short, binary, no text in the HTML) is the engine's to decide and comes
 * back as a {@code rejected} verdict.
 */
record ArticlePost(byte[] body, String contentType, String title, String url, String source, Instant publishedAt) {
    /** The media types the engine reads (charset and other parameters are allowed). */
    static final Set<String> MEDIA_TYPES = Set.of("text/plain", "text/html", "application/json");
    /** Name behind API article ids: {@code ArticleIds.of("api", body)} (the shared naming rule). */
    static final String ID_NAME = "api";
    /**
     * Largest body accepted: the engine's own document limit (2 MiB), far below Lambda's 6 MB
     * synchronous payload (a base64 body grows by a third) and API Gateway's 10 MB.
     */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** Metadata fields a post may carry, in the JSON body or as query parameters. */
    static final String TITLE = "title";
    static final String URL = "url";
    static final String SOURCE = "source";
    static final String PUBLISHED_AT = "publishedAt";
    static final String TEXT = "text";

    private static final JSON READER = JSON.std;

    static ArticlePost from(APIGatewayV2HTTPEvent event) {
        byte[] body = body(event);
        if (body.length == 0) {
            throw ApiException.badRequest("the request has no body: post the article as text/plain, text/html or "
                    + "application/json {\"text\": \"...\"}");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw ApiException.tooLarge(String.format(Locale.ROOT, "the body is %,d bytes; the limit is %,d bytes",
                    body.length, MAX_BODY_BYTES));
        }
        String contentType = header(event, "content-type");
        String mediaType = mediaType(contentType);
        if (mediaType != null && !MEDIA_TYPES.contains(mediaType)) {
            throw ApiException.unsupportedMediaType("cannot read " + mediaType
                    + "; send text/plain, text/html or application/json");
        }
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        Fields fields = new Fields();
        if ("application/json".equals(mediaType)) {
            fields = Fields.fromJson(body);
        }
        // Query parameters override body fields, as S3 user metadata overrides a .json upload's fields.
        fields.title = first(query.get(TITLE), fields.title);
        fields.url = first(query.get(URL), fields.url);
        fields.source = first(query.get(SOURCE), fields.source);
        fields.publishedAt = first(query.get(PUBLISHED_AT), fields.publishedAt);
        return new ArticlePost(body, contentType, fields.title, fields.url, fields.source,
                instant(fields.publishedAt));
    }

    /** What the engine reads: the raw body (the id is derived from it) and the metadata. */
    Document document() {
        Map<String, String> meta = new LinkedHashMap<>();
        putIf(meta, "title", title);
        putIf(meta, "url", url);
        putIf(meta, "source", source);
        putIf(meta, "published-at", publishedAt == null ? null : publishedAt.toString());
        return new Document(body, contentType, ID_NAME, meta);
    }

    private static byte[] body(APIGatewayV2HTTPEvent event) {
        String b = event.getBody();
        if (b == null) {
            return new byte[0];
        }
        if (!event.getIsBase64Encoded()) {
            return b.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getMimeDecoder().decode(b);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the body is marked base64-encoded but is not valid base64");
        }
    }

    /** Header lookup ignoring case (API Gateway lower-cases names; local callers may not). */
    static String header(APIGatewayV2HTTPEvent event, String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    /** {@code type/subtype} in lower case without parameters; null when absent (the engine then sniffs). */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semi = contentType.indexOf(';');
        String t = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    /** The metadata fields of a JSON post. */
    private static final class Fields {
        String title;
        String url;
        String source;
        String publishedAt;

        static Fields fromJson(byte[] body) {
            Object parsed;
            try {
                parsed = READER.anyFrom(body);
            } catch (IOException | RuntimeException e) {
                throw ApiException.badRequest("the body is not valid JSON: " + firstLine(e.getMessage()));
            }
            if (!(parsed instanceof Map<?, ?> json)) {
                throw ApiException.badRequest("the JSON body must be an object {\"text\": \"...\", ...}");
            }
            Object text = json.get(TEXT);
            if (!(text instanceof String)) {
                throw ApiException.badRequest(text == null
                        ? "the JSON body has no \"text\" field" : "\"text\" must be a string");
            }
            Fields f = new Fields();
            f.title = optionalString(json, TITLE);
            f.url = optionalString(json, URL);
            f.source = optionalString(json, SOURCE);
            f.publishedAt = optionalString(json, PUBLISHED_AT);
            return f;
        }

        private static String optionalString(Map<?, ?> json, String field) {
            Object v = json.get(field);
            if (v == null || v instanceof String) {
                return (String) v;
            }
            throw ApiException.badRequest("\"" + field + "\" must be a string");
        }
    }

    /** ISO-8601: an instant, a date-time with offset, a local date-time or a date (both taken as UTC). */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant parsed = IsoInstants.parse(value);
        if (parsed == null) {
            throw ApiException.badRequest("\"publishedAt\" is not an ISO-8601 date or date-time: " + value);
        }
        return parsed;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static void putIf(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
