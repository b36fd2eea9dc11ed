package dev.storyprint.engine;

import dev.storyprint.engine.analysis.AnalyzedTerms;
import dev.storyprint.engine.analysis.Token;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Everything the engine keeps about one article to compare it later: the surface fingerprint
 * (winnowed word k-gram hashes), the spin-resistant {@link Skeleton}, the normalized tokens needed
 * for alignment evidence, and a bounded set of retrieval keys for the signature index.
 *
 * <p>Serialize with {@link #encode()} / {@link #decode(byte[])}: a compact, versioned binary form
 * that storage adapters keep as an opaque blob. Only the normalized terms and their flags are
 * stored; hashes, shingles, winnowed set, skeleton and retrieval keys are derived from them on
 * decode by the same deterministic code (the format version pins that code's behaviour).
 *
 * <h2>Retrieval keys</h2>
 * Bottom-k of the article's distinct shingle hashes ({@link #SURFACE_KEYS}) plus bottom-k of its
 * distinct skeleton anchor n-gram hashes ({@link #SKELETON_KEYS}), salted apart. For a copy B of
 * A that keeps a part of A, each of A's k smallest hashes is one of B's hashes with probability
 * about |A&cap;B|/|A| and is then also among B's k smallest when B has no smaller hash of its own;
 * the expected number of shared keys is about k&middot;|A&cap;B|/|A&cup;B|, i.e. k times the
 * Jaccard similarity. With k = 48, a copy keeping 40% of a source (J = 0.4) shares ~19 keys and the
 * chance of sharing none is below 0.6^48 ~ 2e-11: trimming never loses a true candidate, while
 * unrelated articles share almost none. Skeleton n-grams carry the same guarantee for spun copies,
 * whose surface shingles are mostly destroyed.
 */
public final class Fingerprint {
    static final byte FLAG_SENTENCE_START = AnalyzedTerms.SENTENCE_START;
    static final byte FLAG_CAPITALIZED = AnalyzedTerms.CAPITALIZED;
    static final byte FLAG_NUMBER = AnalyzedTerms.NUMBER;
    static final byte FLAG_QUOTED = AnalyzedTerms.QUOTED;
    /** Derived from the term ({@link AnalyzedTerms#LONG_TERM}): kept in memory, never encoded. */
    static final byte FLAG_LONG_TERM = AnalyzedTerms.LONG_TERM;
    /** The flags an encoded fingerprint stores. */
    static final byte ENCODED_FLAGS = FLAG_SENTENCE_START | FLAG_CAPITALIZED | FLAG_NUMBER | FLAG_QUOTED;

    /** Half of {@link Engine#MAX_RETRIEVAL_KEYS}: surface copies and spun copies are equally important. */
    static final int SURFACE_KEYS = Engine.MAX_RETRIEVAL_KEYS / 2;
    static final int SKELETON_KEYS = Engine.MAX_RETRIEVAL_KEYS - SURFACE_KEYS;
    /** Anchor trigrams: a single shared name is common across same-topic articles, three in a row are not. */
    static final int SKELETON_GRAM = 3;
    private static final long SKELETON_SALT = 0x2545f4914f6cdd1dL;

    private final String articleId;
    private final Instant publishedAt;
    private final String[] terms;
    private final byte[] flags;
    private final long[] termHashes;
    private final long[] shingles;
    /**
     * Winnowed shingles, built on first use: only comparing two articles needs them, while the
     * fingerprint function only encodes and the match function decodes some fingerprints only for
     * their retrieval keys. Volatile so that another thread sees the array's contents.
     */
    private volatile long[] surface;
    private final Skeleton skeleton;
    private final long[] retrievalKeys;
    /** The part of {@link #retrievalKeys} drawn from the skeleton, sorted. */
    private final long[] skeletonKeys;
    /** Sorted distinct term hashes, built on first use (a benign race: every thread builds the same array). */
    private long[] vocabulary;
    /** Sorted distinct strong-anchor hashes, built on first use like {@link #vocabulary}. */
    private long[] names;
    /** Sorted distinct number hashes, built on first use like {@link #vocabulary}. */
    private long[] numbers;
    /** Sorted distinct shingle hashes, built on first use like {@link #vocabulary}. */
    private long[] shingleSet;
    /** Sorted distinct hashes of the shingles with no quoted word, built on first use like {@link #vocabulary}. */
    private long[] narrativeSet;

    Fingerprint(String articleId, Instant publishedAt, String[] terms, byte[] flags) {
        this(articleId, publishedAt, terms, withLongTerms(terms, flags.clone()), hashes(terms));
    }

    private Fingerprint(String articleId, Instant publishedAt, String[] terms, byte[] flags, long[] termHashes) {
        this.articleId = articleId;
        this.publishedAt = publishedAt;
        this.terms = terms;
        this.flags = flags;
        this.termHashes = termHashes;
        this.shingles = Surface.shingles(termHashes);
        this.skeleton = Skeleton.extract(termHashes, flags);
        this.skeletonKeys = skeletonKeys(skeleton);
        this.retrievalKeys = Surface.union(Surface.bottomK(shingles, SURFACE_KEYS), skeletonKeys);
    }

    /** From a decoded block (whose flags are the {@link #ENCODED_FLAGS}): the terms' hashes were computed while splitting them. */
    static Fingerprint decoded(String articleId, Instant publishedAt, String[] terms, byte[] flags, long[] termHashes) {
        return new Fingerprint(articleId, publishedAt, terms, withLongTerms(terms, flags), termHashes);
    }

    /** {@code flags} (changed in place and returned) with {@link #FLAG_LONG_TERM} set from the terms' lengths. */
    static byte[] withLongTerms(String[] terms, byte[] flags) {
        for (int i = 0; i < terms.length; i++) {
            flags[i] = (byte) (flags[i] & ~FLAG_LONG_TERM | AnalyzedTerms.longTerm(terms[i]));
        }
        return flags;
    }

    private static long[] hashes(String[] terms) {
        long[] h = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            h[i] = Hashing.term(terms[i]);
        }
        return h;
    }

    static Fingerprint of(String articleId, Instant publishedAt, List<Token> tokens) {
        String[] terms = new String[tokens.size()];
        byte[] flags = new byte[tokens.size()];
        long[] termHashes = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            Token t = tokens.get(i);
            terms[i] = t.term();
            termHashes[i] = Hashing.term(terms[i]); // here, while the token's term is in cache
            byte f = 0;
            if (t.sentenceStart()) {
                f |= FLAG_SENTENCE_START;
            }
            if (t.isCapitalized()) {
                f |= FLAG_CAPITALIZED;
            }
            if (t.isNumber()) {
                f |= FLAG_NUMBER;
            }
            flags[i] = (byte) (f | AnalyzedTerms.longTerm(terms[i]));
        }
        return new Fingerprint(articleId, publishedAt, terms, flags, termHashes);
    }

    /** From the analyzer's compact output: the same fingerprint as {@link #of(String, Instant, List)}. */
    static Fingerprint of(String articleId, Instant publishedAt, AnalyzedTerms analyzed) {
        return new Fingerprint(articleId, publishedAt, analyzed.terms(), analyzed.flags(), analyzed.hashes());
    }

    private static long[] skeletonKeys(Skeleton skeleton) {
        long[] anchors = skeleton.hashes();
        int grams = anchors.length >= SKELETON_GRAM ? anchors.length - SKELETON_GRAM + 1 : (anchors.length > 0 ? 1 : 0);
        long[] g = new long[grams];
        for (int i = 0; i < grams; i++) {
            g[i] = Hashing.sequence(anchors, i, Math.min(SKELETON_GRAM, anchors.length), SKELETON_SALT);
        }
        return Surface.bottomK(g, SKELETON_KEYS);
    }

    /**
     * The part of {@link #retrievalKeys()} drawn from the skeleton (runs of names and numbers), sorted:
     * the keys a rewrite in other words still shares with its source.
     */
    public long[] skeletonKeys() {
        return skeletonKeys.clone();
    }

    public String articleId() {
        return articleId;
    }

    /** May be null: arrival order decides then. */
    public Instant publishedAt() {
        return publishedAt;
    }

    public int wordCount() {
        return terms.length;
    }

    /**
     * Keys to look up in (and register into) the signature index: at most {@code Engine.MAX_RETRIEVAL_KEYS},
     * a mix of surface and skeleton samples, so a lookup costs a bounded number of requests.
     */
    public long[] retrievalKeys() {
        return retrievalKeys.clone();
    }

    /** The spin-resistant skeleton (anchors with word offsets). */
    public Skeleton skeleton() {
        return skeleton;
    }

    /** Number of distinct winnowed surface fingerprints. */
    public int surfaceSize() {
        return surface().length;
    }

    /** Normalized term at word offset {@code i}. */
    public String term(int i) {
        return terms[i];
    }

    /** True when the normalized term occurs anywhere in this article. */
    boolean containsTerm(String term) {
        return Arrays.binarySearch(vocabulary(), Hashing.term(term)) >= 0;
    }

    /** Sorted distinct term hashes: the article's content vocabulary (function words are not terms). */
    long[] vocabulary() {
        long[] v = vocabulary;
        if (v == null) {
            v = Surface.sortedDistinct(termHashes.clone());
            vocabulary = v;
        }
        return v;
    }

    /** Sorted distinct hashes of the skeleton's strong anchors: the names and numbers, in no order. */
    long[] names() {
        long[] v = names;
        if (v == null) {
            v = strongAnchors(false);
            names = v;
        }
        return v;
    }

    /** Sorted distinct hashes of the numbers among the strong anchors. */
    long[] numbers() {
        long[] v = numbers;
        if (v == null) {
            v = strongAnchors(true);
            numbers = v;
        }
        return v;
    }

    private long[] strongAnchors(boolean numbersOnly) {
        long[] out = new long[skeleton.size()];
        int n = 0;
        for (int i = 0; i < skeleton.size(); i++) {
            if (skeleton.isStrong(i) && (!numbersOnly || (flags[skeleton.position(i)] & FLAG_NUMBER) != 0)) {
                out[n++] = skeleton.hash(i);
            }
        }
        return Surface.sortedDistinct(Arrays.copyOf(out, n));
    }

    /** True when the shingle hash occurs anywhere in this article. */
    boolean containsShingle(long shingle) {
        long[] v = shingleSet;
        if (v == null) {
            v = Surface.sortedDistinct(shingles.clone());
            shingleSet = v;
        }
        return Arrays.binarySearch(v, shingle) >= 0;
    }

    /**
     * The article's own sentences as shingles: sorted distinct hashes of the shingles none of whose
     * words stands inside quotes. Outlets quoting one statement share quoted shingles; a copy shares
     * these.
     */
    long[] narrativeShingles() {
        long[] v = narrativeSet;
        if (v == null) {
            int k = Math.min(Surface.SHINGLE_WORDS, terms.length);
            long[] out = new long[shingles.length];
            int n = 0;
            int quotedUntil = -1; // last quoted word index seen so far
            for (int i = 0; i < k - 1; i++) {
                if ((flags[i] & FLAG_QUOTED) != 0) {
                    quotedUntil = i;
                }
            }
            for (int i = 0; i < shingles.length; i++) {
                int last = i + k - 1;
                if ((flags[last] & FLAG_QUOTED) != 0) {
                    quotedUntil = last;
                }
                if (quotedUntil < i) {
                    out[n++] = shingles[i];
                }
            }
            v = Surface.sortedDistinct(java.util.Arrays.copyOf(out, n));
            narrativeSet = v;
        }
        return v;
    }

    String[] terms() {
        return terms;
    }

    byte[] flags() {
        return flags;
    }

    long[] termHashes() {
        return termHashes;
    }

    long[] shingles() {
        return shingles;
    }

    long[] surface() {
        long[] s = surface;
        if (s == null) {
            s = Surface.winnow(shingles, Surface.WINNOW_WINDOW);
            surface = s;
        }
        return s;
    }

    public byte[] encode() {
        return FingerprintCodec.encode(this);
    }

    /** @throws IllegalArgumentException when the bytes are not a fingerprint of a known version */
    public static Fingerprint decode(byte[] bytes) {
        return FingerprintCodec.decode(bytes);
    }
}
