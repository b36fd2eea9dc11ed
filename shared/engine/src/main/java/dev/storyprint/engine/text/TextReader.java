package dev.storyprint.engine.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.Article;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.Metadata;
import dev.storyprint.engine.Reading;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Reads raw input into an {@link Article} or rejects it with a stable code and a reason: decodes
 * the bytes ({@link Decoding}), recognises JSON and HTML ({@link Format}), extracts the article
 * body and metadata, checks the metadata (publication time, lengths) and the size limits of
 * {@link Limits}. The one place every entrance's input is validated. Never throws for bad input.
 * Stateless and thread-safe.
 */
public final class TextReader {
    /** Rejection codes: stable machine tokens, part of the verdict contract. */
    public static final String EMPTY = "empty";
    public static final String BINARY = "binary";
    public static final String TOO_LARGE = "too-large";
    public static final String BAD_ENCODING = "bad-encoding";
    public static final String NO_ARTICLE_TEXT = "no-article-text";
    public static final String TOO_SHORT = "too-short";
    public static final String TOO_LONG = "too-long";
    public static final String MALFORMED_JSON = "malformed-json";
    /** A declared field that is not what it claims (a publication time that is not ISO-8601). */
    public static final String BAD_METADATA = "bad-metadata";
    /** Safety net: a parser failure on input no rule above recognised. */
    public static final String UNREADABLE = "unreadable";
    /** Name used for the article id when a document has none (API posts). */
    public static final String DEFAULT_NAME = "api";
    /** Characters of a bad value quoted back in a reason. */
    private static final int QUOTED_CHARS = 60;

    private static final TextReader STANDARD = new TextReader();
    private final HtmlExtractor html = new HtmlExtractor();

    public static TextReader standard() {
        return STANDARD;
    }

    public Reading read(Document document) {
        String name = document.name() == null ? DEFAULT_NAME : document.name();
        byte[] bytes = document.bytes();
        if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
            return readOversize(name, bytes.length, document.metadata());
        }
        String id = ArticleIds.of(name, bytes);
        Fields declared = Fields.declared(document.metadata());
        if (declared.badPublishedAt != null) {
            return badPublishedAt(id, declared);
        }
        if (bytes.length == 0) {
            return new Reading.Rejected(id, EMPTY, "document is empty (0 bytes)", declared.metadata());
        }
        try {
            return read(id, name, bytes, document.contentType(), declared);
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug must not take the pipeline down: the input is what could not be read
            return new Reading.Rejected(id, UNREADABLE, "could not be read as text", declared.metadata());
        }
    }

    /**
     * The rejection of an object of {@code size} bytes, over {@link Limits#MAX_DOCUMENT_BYTES}, known
     * by its size alone (its bytes are never loaded); its id is {@link ArticleIds#ofOversize}.
     */
    public Reading readOversize(String name, long size, Map<String, String> metadata) {
        Fields declared = Fields.declared(metadata);
        return new Reading.Rejected(ArticleIds.ofOversize(name == null ? DEFAULT_NAME : name, size), TOO_LARGE,
                String.format(Locale.ROOT, "document is %,d bytes; the limit is %,d bytes (2 MiB)", size,
                        Limits.MAX_DOCUMENT_BYTES), declared.metadata());
    }

    private Reading read(String id, String name, byte[] bytes, String contentType, Fields declared) {
        Decoding.Result decoded = Decoding.decode(bytes, contentType);
        if (decoded.failed()) {
            return new Reading.Rejected(id, decoded.code(), decoded.reason(), declared.metadata());
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return new Reading.Rejected(id, EMPTY, "document contains only whitespace", declared.metadata());
        }
        Fields fields = new Fields();
        Format format = Format.of(contentType, name, text);
        if (format == Format.JSON || format == Format.SNIFFED_JSON) {
            JsonNode parsed;
            try {
                parsed = Json.parse(text);
            } catch (Json.SyntaxError e) {
                if (format == Format.SNIFFED_JSON) {
                    parsed = null; // plain text that happens to open with a brace
                } else {
                    return new Reading.Rejected(id, MALFORMED_JSON, "JSON does not parse: " + e.getMessage(),
                            declared.metadata());
                }
            }
            if (parsed != null || format == Format.JSON) {
                if (parsed == null || !parsed.isObject() || !parsed.path("text").isTextual()) {
                    return new Reading.Rejected(id, MALFORMED_JSON, "JSON must be an object with a string \"text\" field",
                            declared.metadata());
                }
                String wrongType = fields.fromJson(parsed);
                if (wrongType != null) {
                    return new Reading.Rejected(id, MALFORMED_JSON, "\"" + wrongType + "\" must be a string",
                            declared.overriding(fields).metadata());
                }
                if (fields.badPublishedAt != null && declared.publishedAt == null) {
                    return badPublishedAt(id, declared.overriding(fields));
                }
                text = parsed.get("text").textValue();
                if (text.isBlank()) {
                    return new Reading.Rejected(id, EMPTY, "the JSON \"text\" field is empty",
                            declared.overriding(fields).metadata());
                }
                format = Format.looksLikeHtmlFragment(text) ? Format.HTML : Format.TEXT;
            } else {
                format = Format.TEXT;
            }
        }
        if (format == Format.HTML) {
            HtmlExtractor.Extracted page = html.extract(text);
            if (page.text().isBlank()) {
                return new Reading.Rejected(id, NO_ARTICLE_TEXT,
                        "HTML page has no article text once navigation, scripts and page furniture are removed",
                        declared.overriding(fields).metadata());
            }
            text = page.text();
            fields.fillFrom(page);
        }
        Metadata meta = declared.overriding(fields).metadata();
        int words = countWords(text, Limits.MAX_WORDS + 1);
        if (words < Limits.MIN_WORDS) {
            return new Reading.Rejected(id, TOO_SHORT, String.format(Locale.ROOT,
                    "too short to judge: %d words, at least %d needed", words, Limits.MIN_WORDS), meta);
        }
        if (words > Limits.MAX_WORDS) {
            return new Reading.Rejected(id, TOO_LONG, String.format(Locale.ROOT,
                    "too long: more than %,d words; articles run far shorter", Limits.MAX_WORDS), meta);
        }
        return new Reading.Accepted(new Article(id, text, meta.title(), meta.url(), meta.source(), meta.publishedAt()));
    }

    private static Reading badPublishedAt(String id, Fields f) {
        String v = f.badPublishedAt.strip();
        return new Reading.Rejected(id, BAD_METADATA, "publishedAt \""
                + (v.length() > QUOTED_CHARS ? v.substring(0, QUOTED_CHARS) + "..." : v)
                + "\" is not an ISO-8601 date or date-time (e.g. 2026-11-20T08:30:00Z)", f.metadata());
    }

    /**
     * Metadata from one source (the upload's user metadata or query parameters, a JSON envelope,
     * an HTML page), bounded in length; a declared time that does not parse is kept aside.
     */
    private static final class Fields {
        String title;
        String url;
        String source;
        Instant publishedAt;
        String badPublishedAt;

        /** User metadata ({@code title}, {@code url}, {@code source}, {@code published-at}). */
        static Fields declared(Map<String, String> metadata) {
            Fields f = new Fields();
            f.title = bounded(metadata.get("title"), Limits.MAX_TITLE_CHARS);
            f.url = bounded(metadata.get("url"), Limits.MAX_URL_CHARS);
            f.source = bounded(metadata.get("source"), Limits.MAX_SOURCE_CHARS);
            f.setPublishedAt(metadata.get("published-at"));
            return f;
        }

        private void setPublishedAt(String value) {
            if (value != null && !value.isBlank()) {
                publishedAt = IsoInstants.parse(value);
                badPublishedAt = publishedAt == null ? value : null;
            }
        }

        /** The envelope's fields; the name of a field that is present but not a string, else null. */
        String fromJson(JsonNode json) {
            for (String field : new String[] {"title", "url", "source", "publishedAt"}) {
                JsonNode v = json.get(field);
                if (v != null && !v.isNull() && !v.isTextual()) {
                    return field;
                }
            }
            title = bounded(json.path("title").textValue(), Limits.MAX_TITLE_CHARS);
            url = bounded(json.path("url").textValue(), Limits.MAX_URL_CHARS);
            source = bounded(json.path("source").textValue(), Limits.MAX_SOURCE_CHARS);
            setPublishedAt(json.path("publishedAt").textValue());
            return null;
        }

        /** A page's own metadata fills what the envelope left empty; a page date that does not parse is ignored. */
        void fillFrom(HtmlExtractor.Extracted page) {
            title = title != null ? title : bounded(page.title(), Limits.MAX_TITLE_CHARS);
            url = url != null ? url : bounded(page.url(), Limits.MAX_URL_CHARS);
            source = source != null ? source : bounded(page.source(), Limits.MAX_SOURCE_CHARS);
            if (publishedAt == null && badPublishedAt == null) {
                publishedAt = IsoInstants.parse(page.publishedAt());
            }
        }

        /** These fields where set, else {@code other}'s: user metadata overrides what the document says. */
        Fields overriding(Fields other) {
            Fields f = new Fields();
            f.title = title != null ? title : other.title;
            f.url = url != null ? url : other.url;
            f.source = source != null ? source : other.source;
            f.publishedAt = publishedAt != null ? publishedAt : other.publishedAt;
            f.badPublishedAt = badPublishedAt != null ? badPublishedAt : publishedAt != null ? null : other.badPublishedAt;
            return f;
        }

        Metadata metadata() {
            return new Metadata(title, url, source, publishedAt);
        }
    }

    /** {@code s} stripped, null when blank, cut to {@code max} chars (never inside a surrogate pair). */
    static String bounded(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        if (v.length() <= max) {
            return v;
        }
        int end = Character.isHighSurrogate(v.charAt(max - 1)) ? max - 1 : max;
        return v.substring(0, end);
    }

    /**
     * Words: runs of non-space characters holding a letter or digit; a run of an unspaced script
     * ({@link Scripts}) counts its character bigrams, the units the engine compares. Stops counting
     * past {@code cap}.
     */
    static int countWords(String text, int cap) {
        int words = 0;
        boolean counted = false;
        for (int i = 0, n = text.length(); i < n && words < cap; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                counted = false;
            } else if (c >= Scripts.FIRST_UNSPACED && Scripts.isUnspaced(c)) {
                int end = Scripts.runEnd(text, i);
                words += Scripts.terms(end - i);
                counted = false; // a word may follow the run without a space
                i = end - 1;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

}
