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

    static final Skeleton EMPTY = new Skeleton(new int[0], new long[0]);

    private final int[] positions;
    private final long[] hashes;

    Skeleton(int[] positions, long[] hashes) {
        this.positions = positions;
        this.hashes = hashes;
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

    static boolean isAnchor(String term, byte flags, boolean nameTerm) {
        if ((flags & Fingerprint.FLAG_NUMBER) != 0) {
            return true;
        }
        if ((flags & Fingerprint.FLAG_CAPITALIZED) != 0 && nameTerm) {
            return true;
        }
        return term.length() >= RARE_WORD_MIN_CHARS;
    }

    /** Extracts the skeleton of a token sequence given its terms, term hashes and flags. */
    static Skeleton extract(String[] terms, long[] termHashes, byte[] flags) {
        int n = terms.length;
        LongIntMap names = new LongIntMap(64);
        for (int i = 0; i < n; i++) {
            if ((flags[i] & (Fingerprint.FLAG_CAPITALIZED | Fingerprint.FLAG_SENTENCE_START)) == Fingerprint.FLAG_CAPITALIZED
                    && (flags[i] & Fingerprint.FLAG_NUMBER) == 0) {
                names.add(termHashes[i], 1);
            }
        }
        int[] pos = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (isAnchor(terms[i], flags[i], names.get(termHashes[i], 0) > 0)) {
                pos[count++] = i;
            }
        }
        int[] positions = java.util.Arrays.copyOf(pos, count);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = termHashes[positions[i]];
        }
        return new Skeleton(positions, hashes);
    }
}
