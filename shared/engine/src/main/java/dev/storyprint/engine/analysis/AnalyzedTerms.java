package dev.storyprint.engine.analysis;

/**
 * What a fingerprint needs of an analyzed article: the normalized terms in order and one flag byte
 * per term ({@link #SENTENCE_START}, {@link #CAPITALIZED}, {@link #NUMBER}, as {@link Token}'s
 * methods would answer, and {@link #LONG_TERM}). The arrays are handed over, not copied: the
 * analyzer keeps no reference.
 */
public final class AnalyzedTerms {
    public static final byte SENTENCE_START = 1;
    public static final byte CAPITALIZED = 2;
    public static final byte NUMBER = 4;
    /**
     * The term has at least {@link #LONG_TERM_CHARS} chars: known when the term is set (a memo hit
     * carries it), so that a consumer (the skeleton's rare words) need not load every term String
     * for its length. Derived from the term, so not stored in encoded fingerprints.
     */
    public static final byte LONG_TERM = 8;
    /**
     * The word stands inside double quotes: quoted speech, which outlets writing independently
     * share when they quote the same statement, unlike their own narrative sentences.
     */
    public static final byte QUOTED = 16;
    /** The length from which {@link #LONG_TERM} is set: the skeleton's rare words. */
    public static final int LONG_TERM_CHARS = 9;

    /** {@link #LONG_TERM} when {@code term} is long, else 0. */
    public static byte longTerm(String term) {
        return term.length() >= LONG_TERM_CHARS ? LONG_TERM : 0;
    }

    private final String[] terms;
    private final byte[] flags;
    private final long[] hashes;

    AnalyzedTerms(String[] terms, byte[] flags, long[] hashes) {
        this.terms = terms;
        this.flags = flags;
        this.hashes = hashes;
    }

    /** The terms; owned by the caller from here on. */
    public String[] terms() {
        return terms;
    }

    /** The flags, parallel to {@link #terms()}; owned by the caller from here on. */
    public byte[] flags() {
        return flags;
    }

    /** {@link TermHash#of} of each term, parallel to {@link #terms()}; owned by the caller from here on. */
    public long[] hashes() {
        return hashes;
    }
}
