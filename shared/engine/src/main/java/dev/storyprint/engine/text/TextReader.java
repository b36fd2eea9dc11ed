package dev.storyprint.engine.text;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.Reading;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Reads raw input into an {@link Article} or rejects it with a stable code and a reason: decodes
 * the bytes (BOM, UTF-8, Windows-1252), recognises JSON and HTML (declared or sniffed), extracts the
 * article body and metadata, and checks the size limits of {@link Limits}. Never throws for bad
 * input. Stateless and thread-safe.
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
    /** Safety net: a parser failure on input no rule above recognised. */
    public static final String UNREADABLE = "unreadable";
    /** Name used for the article id when a document has none (API posts). */
    public static final String DEFAULT_NAME = "api";

    private static final TextReader STANDARD = new TextReader();
    private final HtmlExtractor html = new HtmlExtractor();

    public static TextReader standard() {
        return STANDARD;
    }

    public Reading read(Document document) {
        String name = document.name() == null ? DEFAULT_NAME : document.name();
        byte[] bytes = document.bytes();
        String id = ArticleIds.of(name, bytes);
        if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
            return new Reading.Rejected(id, TOO_LARGE, String.format(Locale.ROOT,
                    "document is %,d bytes; the limit is %,d bytes (2 MiB)", bytes.length, Limits.MAX_DOCUMENT_BYTES));
        }
        if (bytes.length == 0) {
            return new Reading.Rejected(id, EMPTY, "document is empty (0 bytes)");
        }
        try {
            return read(id, name, bytes, document.contentType(), document.metadata());
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug must not take the pipeline down: the input is what could not be read
            return new Reading.Rejected(id, UNREADABLE, "could not be read as text: " + e.getClass().getSimpleName());
        }
    }

    private Reading read(String id, String name, byte[] bytes, String contentType, Map<String, String> metadata) {
        Decoding.Result decoded = Decoding.decode(bytes, contentType);
        if (decoded.failed()) {
            return new Reading.Rejected(id, decoded.code(), decoded.reason());
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return new Reading.Rejected(id, EMPTY, "document contains only whitespace");
        }
        Fields fields = new Fields();
        Format format = Format.of(contentType, name, text);
        if (format == Format.JSON || format == Format.SNIFFED_JSON) {
            Object parsed;
            try {
                parsed = Json.parse(text);
            } catch (Json.SyntaxError e) {
                if (format == Format.SNIFFED_JSON) {
                    parsed = null; // plain text that happens to open with a brace
                } else {
                    return new Reading.Rejected(id, MALFORMED_JSON, "JSON does not parse: " + e.getMessage());
                }
            }
            if (parsed != null || format == Format.JSON) {
                if (!(parsed instanceof Map) || !(((Map<?, ?>) parsed).get("text") instanceof String)) {
                    return new Reading.Rejected(id, MALFORMED_JSON, "JSON must be an object with a string \"text\" field");
                }
                Map<?, ?> json = (Map<?, ?>) parsed;
                text = (String) json.get("text");
                fields.title = string(json.get("title"));
                fields.url = string(json.get("url"));
                fields.source = string(json.get("source"));
                fields.publishedAt = string(json.get("publishedAt"));
                if (text.isBlank()) {
                    return new Reading.Rejected(id, EMPTY, "the JSON \"text\" field is empty");
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
                        "HTML page has no article text once navigation, scripts and page furniture are removed");
            }
            text = page.text();
            fields.fillFrom(page);
        }
        int words = countWords(text, Limits.MAX_WORDS + 1);
        if (words < Limits.MIN_WORDS) {
            return new Reading.Rejected(id, TOO_SHORT, String.format(Locale.ROOT,
                    "too short to judge: %d words, at least %d needed", words, Limits.MIN_WORDS));
        }
        if (words > Limits.MAX_WORDS) {
            return new Reading.Rejected(id, TOO_LONG, String.format(Locale.ROOT,
                    "too long: more than %,d words; articles run far shorter", Limits.MAX_WORDS));
        }
        String title = firstNonBlank(metadata.get("title"), fields.title);
        String url = firstNonBlank(metadata.get("url"), fields.url);
        String source = firstNonBlank(metadata.get("source"), fields.source);
        Instant publishedAt = IsoInstants.parse(metadata.get("published-at"));
        if (publishedAt == null) {
            publishedAt = IsoInstants.parse(fields.publishedAt);
        }
        return new Reading.Accepted(new Article(id, text, title, url, source, publishedAt));
    }

    /** Document-level metadata found in a JSON envelope or HTML page; user metadata overrides it. */
    private static final class Fields {
        String title;
        String url;
        String source;
        String publishedAt;

        void fillFrom(HtmlExtractor.Extracted page) {
            title = firstNonBlank(title, page.title());
            url = firstNonBlank(url, page.url());
            source = firstNonBlank(source, page.source());
            publishedAt = firstNonBlank(publishedAt, page.publishedAt());
        }
    }

    private static String string(Object value) {
        return value instanceof String ? (String) value : null;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : null;
    }

    /** Words: runs of non-space characters holding a letter or digit. Stops counting past {@code cap}. */
    static int countWords(String text, int cap) {
        int words = 0;
        boolean counted = false;
        for (int i = 0, n = text.length(); i < n && words < cap; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                counted = false;
            } else {
                if (!counted && Character.isLetterOrDigit(c)) {
                    words++;
                    counted = true;
                }
            }
        }
        return words;
    }

}
