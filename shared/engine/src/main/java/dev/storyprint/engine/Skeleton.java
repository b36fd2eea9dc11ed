package dev.storyprint.engine;

/**
 * The spin-resistant skeleton of an article: the ordered tokens a spinner leaves alone (names,
 * numbers, long rare words), each with its word offset in the article. Kept whole so two
 * skeletons can be aligned in order; its anchor n-grams feed the retrieval keys.
 *
 * <p>Which tokens are anchors (see {@link #isAnchor}): a number; a capitalized word whose term is
 * also seen capitalized inside a sentence somewhere in the article (so "Trump said" at a sentence
 * start still counts, while a capitalized sentence opener like "But" does not); or a word of at
 * least {@link #RARE_WORD_MIN_CHARS} letters.
 */
public final class Skeleton {
    /**
     * Long words are rare words: spinners swap common short words ("said", "trade", "set") and
     * mostly keep long specific ones ("negotiations", "semiconductors"); 9 letters keeps the
     * skeleton around 15-25% of an article's words, dense enough to align paragraphs of spun text.
     */
    static final int RARE_WORD_MIN_CHARS = 9;

    private final int[] positions;
    private final long[] hashes;
    private final boolean[] strong;

    Skeleton(int[] positions, long[] hashes, boolean[] strong) {
        this.positions = positions;
        this.hashes = hashes;
        this.strong = strong;
    }

    /**
     * True for a name or number anchor: spinners never touch those, so they measure how much of a
     * skeleton survived; long words (which a spinner sometimes does replace, and whose odd
     * replacements become anchors of their own) only help chaining.
     */
    public boolean isStrong(int i) {
        return strong[i];
    }

    /** Number of anchors. */
    public int size() {
        return positions.length;
    }

    /** Word offset of anchor {@code i} in the article's token sequence. */
    public int position(int i) {
        return positions[i];
    }

    /** Term hash of anchor {@code i}. */
    public long hash(int i) {
        return hashes[i];
    }

    int[] positions() {
        return positions;
    }

    long[] hashes() {
        return hashes;
    }

    static boolean isStrongAnchor(byte flags, boolean nameTerm) {
        return (flags & Fingerprint.FLAG_NUMBER) != 0 || (flags & Fingerprint.FLAG_CAPITALIZED) != 0 && nameTerm;
    }

    static boolean isAnchor(String term, byte flags, boolean nameTerm) {
        return isStrongAnchor(flags, nameTerm) || term.length() >= RARE_WORD_MIN_CHARS;
    }

    /** A capitalized word inside a sentence that is not a number: its term is a name. */
    private static boolean isNameCandidate(byte flags) {
        return (flags & (Fingerprint.FLAG_CAPITALIZED | Fingerprint.FLAG_SENTENCE_START | Fingerprint.FLAG_NUMBER))
                == Fingerprint.FLAG_CAPITALIZED;
    }

    /** Extracts the skeleton of a token sequence given its terms, term hashes and flags. */
    static Skeleton extract(String[] terms, long[] termHashes, byte[] flags) {
        int n = terms.length;
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            if (isNameCandidate(flags[i])) {
                candidates++;
            }
        }
        LongIntMap names = new LongIntMap(candidates); // sized once: a growing table rehashes every name
        for (int i = 0; i < n; i++) {
            if (isNameCandidate(flags[i])) {
                names.putIfAbsent(termHashes[i], 1); // a set: one sighting is enough
            }
        }
        int[] pos = new int[n];
        int count = 0;
        long[] hashes = new long[n];
        boolean[] strong = new boolean[n];
        for (int i = 0; i < n; i++) {
            // the name table only matters for a capitalized word that is not a number, and only at a
            // sentence start: inside a sentence the word itself put its term in the table
            int f = flags[i] & (Fingerprint.FLAG_CAPITALIZED | Fingerprint.FLAG_NUMBER | Fingerprint.FLAG_SENTENCE_START);
            boolean nameTerm = f == Fingerprint.FLAG_CAPITALIZED
                    || f == (Fingerprint.FLAG_CAPITALIZED | Fingerprint.FLAG_SENTENCE_START) && names.get(termHashes[i], 0) > 0;
            if (isAnchor(terms[i], flags[i], nameTerm)) {
                pos[count] = i;
                hashes[count] = termHashes[i];
                strong[count++] = isStrongAnchor(flags[i], nameTerm);
            }
        }
        return new Skeleton(java.util.Arrays.copyOf(pos, count), java.util.Arrays.copyOf(hashes, count),
                java.util.Arrays.copyOf(strong, count));
    }
}
