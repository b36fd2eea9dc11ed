package dev.storyprint.engine.text;

/** Every limit applied when reading raw input, with why it has its value. */
public final class Limits {
    private Limits() {}

    /** 2 MiB raw: ten times a long feature article as HTML; bounds parse time and memory per call. */
    public static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
    /** Below 50 words (a headline plus a sentence or two) no copy can be told from coincidence. */
    public static final int MIN_WORDS = 50;
    /** 25,000 words is a short book; news articles run far below, longer input is not an article. */
    public static final int MAX_WORDS = 25_000;
    /** JSON article envelopes are flat; deeper nesting is abuse and would cost stack. */
    public static final int MAX_JSON_DEPTH = 64;
    /** Text has almost no control characters; above 5% of characters the input is binary data. */
    public static final double MAX_CONTROL_SHARE = 0.05;
    /** Real text has at most a few U+FFFD; above 10% of characters it was corrupted before arriving. */
    public static final double MAX_REPLACEMENT_SHARE = 0.10;
    /**
     * A Windows-1252 reading of Western text is mostly ASCII; above 30% non-ASCII letters the bytes
     * are in some other encoding (CJK, Cyrillic, ...) that the engine cannot name.
     */
    public static final double MAX_SINGLE_BYTE_NON_ASCII_SHARE = 0.30;
    /** Bytes inspected to recognise BOM-less UTF-16 (every other byte NUL for Latin text). */
    public static final int SNIFF_BYTES = 4096;
    /** Share of NULs in one byte lane that marks BOM-less UTF-16 of mostly Latin text. */
    public static final double UTF16_NUL_LANE_SHARE = 0.30;
    /**
     * Metadata lengths in characters. An article's title, URL and source are stored twice in its
     * DynamoDB item (as attributes and in the verdict JSON), whose limit is 400 KB: at 3 UTF-8 bytes
     * a character these bounds keep both copies under 20 KB, whatever an upload claims. Headlines
     * run under 300 characters; 2,048 is the sitemap protocol's URL limit.
     */
    public static final int MAX_TITLE_CHARS = 1_000;
    public static final int MAX_URL_CHARS = 2_048;
    public static final int MAX_SOURCE_CHARS = 200;
    /** Characters inspected at the start of a text to recognise markup or JSON. */
    public static final int SNIFF_CHARS = 1024;
}
