package dev.storyprint.engine;

import dev.storyprint.engine.analysis.AnalyzedTerms;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

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
    static final int RARE_WORD_MIN_CHARS = AnalyzedTerms.LONG_TERM_CHARS;

    /** {@link Fingerprint#FLAG_LONG_TERM} shifted down to 1. */
    private static final int LONG_TERM_SHIFT = Integer.numberOfTrailingZeros(Fingerprint.FLAG_LONG_TERM);

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
        return (flags & NAME_BITS) == Fingerprint.FLAG_CAPITALIZED;
    }

    private static final VarHandle EIGHT_FLAGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long EVERY_BYTE = 0x0101010101010101L;
    private static final int NAME_BITS = Fingerprint.FLAG_CAPITALIZED | Fingerprint.FLAG_SENTENCE_START | Fingerprint.FLAG_NUMBER;

    /** The high bit of each byte of eight flags ({@code w}, little-endian) that {@link #isNameCandidate}. */
    private static long nameCandidates(long w) {
        long x = w & NAME_BITS * EVERY_BYTE ^ Fingerprint.FLAG_CAPITALIZED * EVERY_BYTE; // 0 in a candidate's byte
        return ~(x + 0x7f * EVERY_BYTE) & 0x80 * EVERY_BYTE; // bytes are at most 7: no carry between them
    }

    /**
     * Extracts the skeleton of a token sequence given its term hashes and flags, which say which
     * terms are long ({@link Fingerprint#FLAG_LONG_TERM}): no term String is loaded. The name
     * candidates (capitalized words inside sentences, whose terms then go in a small set) are
     * found eight flags at a time, as few are; then one pass writes every anchor's offset (and
     * whether it is strong, in the low bit) without a branch on the word.
     */
    static Skeleton extract(long[] termHashes, byte[] flags) {
        int n = flags.length;
        int candidates = 0;
        int eights = n & -Long.BYTES;
        for (int i = 0; i < eights; i += Long.BYTES) {
            candidates += Long.bitCount(nameCandidates((long) EIGHT_FLAGS.get(flags, i)));
        }
        for (int i = eights; i < n; i++) {
            candidates += isNameCandidate(flags[i]) ? 1 : 0;
        }
        NameSet names = new NameSet(candidates);
        for (int i = 0; i < eights; i += Long.BYTES) {
            for (long m = nameCandidates((long) EIGHT_FLAGS.get(flags, i)); m != 0; m &= m - 1) {
                names.add(termHashes[i + (Long.numberOfTrailingZeros(m) >>> 3)]);
            }
        }
        for (int i = eights; i < n; i++) {
            if (isNameCandidate(flags[i])) {
                names.add(termHashes[i]);
            }
        }
        int[] found = new int[n]; // offset << 1 | strong of each anchor
        int count = 0;
        for (int i = 0; i < n; i++) {
            // isAnchor and isStrongAnchor as 0/1 arithmetic: the flags of neighbouring words are
            // unrelated, so branches on them mispredict. The name table only matters for a
            // capitalized word at a sentence start (inside a sentence the word put its term there).
            int f = flags[i] & (Fingerprint.FLAG_CAPITALIZED | Fingerprint.FLAG_NUMBER | Fingerprint.FLAG_SENTENCE_START);
            int name = is(f, Fingerprint.FLAG_CAPITALIZED);
            if (is(f, Fingerprint.FLAG_CAPITALIZED | Fingerprint.FLAG_SENTENCE_START) != 0 && names.contains(termHashes[i])) {
                name = 1;
            }
            int strong = (f & Fingerprint.FLAG_NUMBER) != 0 ? 1 : name;
            found[count] = i << 1 | strong;
            count += strong | (flags[i] & Fingerprint.FLAG_LONG_TERM) >>> LONG_TERM_SHIFT; // a long word is a rare word
        }
        int[] positions = new int[count];
        long[] hashes = new long[count];
        boolean[] strong = new boolean[count];
        for (int a = 0; a < count; a++) {
            int p = found[a] >>> 1;
            positions[a] = p;
            hashes[a] = termHashes[p];
            strong[a] = (found[a] & 1) != 0;
        }
        return new Skeleton(positions, hashes, strong);
    }

    /** 1 when the flag bits {@code f} are exactly {@code bits}, else 0, without a branch. */
    private static int is(int f, int bits) {
        return ((f ^ bits) - 1) >>> 31;
    }

    /**
     * Set of term hashes by open addressing on the hash's own low bits (term hashes are already
     * avalanched), sized once for the candidates at load &le; 1/2; 0 marks an empty slot, so a
     * term hashing to 0 is kept aside.
     */
    private static final class NameSet {
        private final long[] slots;
        private final int mask;
        private boolean hasZero;

        NameSet(int expected) {
            int cap = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1; // >= 2 * expected
            slots = new long[cap];
            mask = cap - 1;
        }

        void add(long h) {
            if (h == 0) {
                hasZero = true;
                return;
            }
            int i = (int) h & mask;
            long x;
            while ((x = slots[i]) != 0 && x != h) {
                i = (i + 1) & mask;
            }
            slots[i] = h;
        }

        boolean contains(long h) {
            if (h == 0) {
                return hasZero;
            }
            int i = (int) h & mask;
            long x;
            while ((x = slots[i]) != 0) {
                if (x == h) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }
    }
}
