package dev.storyprint.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.text.Limits;
import dev.storyprint.engine.text.TextReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /articles}, checked as an HTTP request: no body, undecodable base64, a
 * media type we do not read or too many bytes are HTTP errors here. Everything about its content
 * (JSON, metadata, text) is the engine's to read, with the same reader as an S3 upload: a JSON
 * body is parsed once, by the engine, and what makes the request malformed there (JSON that does
 * not parse, a publishedAt that is not ISO-8601) comes back as a 400 by {@link #REQUEST_ERRORS}.
 */
record ArticlePost(byte[] body, String contentType, Map<String, String> metadata) {
    /** The media types the engine reads (charset and other parameters are allowed). */
    static final Set<String> MEDIA_TYPES = Set.of("text/plain", "text/html", "application/json");
    /** Name behind API article ids: {@code ArticleIds.of("api", body)} (the shared naming rule). */
    static final String ID_NAME = "api";
    /**
     * Largest body accepted: the engine's own document limit (2 MiB), far below Lambda's 6 MB
     * synchronous payload (a base64 body grows by a third) and API Gateway's 10 MB.
     */
    static final int MAX_BODY_BYTES = Limits.MAX_DOCUMENT_BYTES;
    /**
     * Engine rejections that say the request itself is malformed: answered 400 with the engine's
     * reason, where an S3 upload of the same bytes gets a rejected verdict with that reason.
     */
    static final Set<String> REQUEST_ERRORS = Set.of(TextReader.MALFORMED_JSON, TextReader.BAD_METADATA);
    /** Query parameters a post may carry, and the user-metadata names they stand for (as on S3). */
    static final Map<String, String> QUERY_METADATA = Map.of("title", "title", "url", "url", "source", "source",
            "publishedAt", "published-at");

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
        // Query parameters are the post's user metadata: they override a JSON body's fields, as S3
        // user metadata overrides a .json upload's.
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        Map<String, String> metadata = new LinkedHashMap<>();
        QUERY_METADATA.forEach((param, name) -> {
            String v = query.get(param);
            if (v != null && !v.isBlank()) {
                metadata.put(name, v);
            }
        });
        return new ArticlePost(body, contentType, metadata);
    }

    /** What the engine reads: the raw body (the id is derived from it) and the metadata. */
    Document document() {
        return new Document(body, contentType, ID_NAME, metadata);
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
}
