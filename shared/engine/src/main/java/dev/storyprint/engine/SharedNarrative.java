package dev.storyprint.engine;

import java.util.Arrays;

/**
 * What two articles share of their own sentences, quoted speech left out: outlets writing
 * independently quote the same statements, but only a copy repeats another's narrative, the
 * sentences with its names and numbers in them. Counted on word shingles none of whose words
 * stands inside quotes ({@link Fingerprint#narrativeShingles()}).
 */
final class SharedNarrative {
    /** Lower-case words an anchored shingle needs besides its names and numbers. */
    static final int MIN_PLAIN_WORDS = 3;
    /** A passage: at least this many consecutive shared shingles (a clause or more). */
    static final int PASSAGE_SHINGLES = 3;
    /**
     * A sentence repeated word for word: at least this many consecutive shared shingles (about 12
     * content words, 20 words of text). A rewrite keeps names and short phrases; a copy, whole
     * sentences.
     */
    static final int SENTENCE_SHINGLES = 8;

    /** Distinct narrative shingles the two share. */
    final int shared;
    /** Of those, the ones holding a name (capitalized inside its sentence) or a number. */
    final int anchored;
    /** Separate shared passages in the shorter article. */
    final int passages;
    /** Shared narrative shingles over the shorter article's narrative shingles. */
    final double share;
    /** The longest shared passage, in shingles. */
    final int longest;
    /** Shared passages of at least {@link #SENTENCE_SHINGLES}: whole sentences repeated. */
    final int sentences;
    /** Anchored shingles inside such sentence-long passages. */
    final int anchoredInSentences;
    /**
     * When both texts end with the same passage and share whole sentences: the counts with that
     * closing passage set aside (whole sentences then only with a name or a number in them), else
     * null. A sign-off or footer closes every story of a publisher; see {@link PairComparison}.
     */
    final SharedNarrative beforeClosing;

    private SharedNarrative(int shared, int anchored, int passages, double share, int longest, int sentences,
                            int anchoredInSentences, SharedNarrative beforeClosing) {
        this.shared = shared;
        this.anchored = anchored;
        this.passages = passages;
        this.share = share;
        this.longest = longest;
        this.sentences = sentences;
        this.anchoredInSentences = anchoredInSentences;
        this.beforeClosing = beforeClosing;
    }

    static SharedNarrative of(Fingerprint a, Fingerprint b) {
        long[] na = a.narrativeShingles();
        long[] nb = b.narrativeShingles();
        int shared = Surface.intersection(na, nb);
        if (shared == 0) {
            return new SharedNarrative(0, 0, 0, 0, 0, 0, 0, null);
        }
        Fingerprint shorter = a.wordCount() <= b.wordCount() ? a : b;
        Fingerprint longer = shorter == a ? b : a;
        SharedNarrative beforeClosing = null;
        int closing = commonEnding(shorter.shingles(), longer.shingles());
        if (closing >= PASSAGE_SHINGLES) {
            beforeClosing = count(shorter, longer, shared, shorter.shingles().length - closing, null);
        }
        SharedNarrative all = count(shorter, longer, shared, shorter.shingles().length, beforeClosing);
        return all.sentences == 0 ? all.withoutClosing() : all;
    }

    /** The same counts, with no text set aside. */
    private SharedNarrative withoutClosing() {
        return new SharedNarrative(shared, anchored, passages, share, longest, sentences, anchoredInSentences, null);
    }

    /** How many shingles both texts end with, the same ones in the same order. */
    static int commonEnding(long[] x, long[] y) {
        int n = 0;
        while (n < x.length && n < y.length && x[x.length - 1 - n] == y[y.length - 1 - n]) {
            n++;
        }
        return n;
    }

    /**
     * The counts over the shorter article's shingles before position {@code end}. With text set
     * aside ({@code end} short of the text's end), a whole sentence counts only when it holds a name
     * or a number: a stock sentence ("officials did not respond to requests for comment") is not a
     * story's own.
     */
    private static SharedNarrative count(Fingerprint shorter, Fingerprint longer, int shared, int end,
                                         SharedNarrative beforeClosing) {
        long[] other = longer.narrativeShingles();
        long[] own = shorter.narrativeShingles();
        long[] sh = shorter.shingles();
        byte[] flags = shorter.flags();
        boolean setAside = end < sh.length;
        long[] anchoredSeen = new long[sh.length];
        long[] inSentences = new long[sh.length];
        int anchoredCount = 0;
        int inSentenceCount = 0;
        int passages = 0;
        int sentences = 0;
        int longest = 0;
        int run = 0;
        int runAnchored = 0;
        for (int i = 0; i <= sh.length; i++) {
            boolean in = i < end && Arrays.binarySearch(other, sh[i]) >= 0 && Arrays.binarySearch(own, sh[i]) >= 0;
            if (in) {
                run++;
                if (holdsAnchor(flags, i)) {
                    anchoredSeen[anchoredCount++] = sh[i];
                    runAnchored++;
                }
            } else {
                passages += run >= PASSAGE_SHINGLES ? 1 : 0;
                if (run >= SENTENCE_SHINGLES && (runAnchored > 0 || !setAside)) {
                    sentences++;
                    System.arraycopy(anchoredSeen, anchoredCount - runAnchored, inSentences, inSentenceCount, runAnchored);
                    inSentenceCount += runAnchored;
                }
                longest = Math.max(longest, run);
                run = 0;
                runAnchored = 0;
            }
        }
        int anchored = Surface.sortedDistinct(Arrays.copyOf(anchoredSeen, anchoredCount)).length;
        int anchoredInSentences = Surface.sortedDistinct(Arrays.copyOf(inSentences, inSentenceCount)).length;
        return new SharedNarrative(shared, anchored, passages, own.length == 0 ? 0 : (double) shared / own.length,
                longest, sentences, anchoredInSentences, beforeClosing);
    }

    /**
     * Whether the shingle starting at word {@code i} holds a number or a name inside its sentence,
     * and at least {@link #MIN_PLAIN_WORDS} plain lower-case words: a sentence, not a string of
     * names and titles ("prime minister rishi sunak said"), which a paraphrase keeps too.
     */
    private static boolean holdsAnchor(byte[] flags, int i) {
        boolean anchor = false;
        int plain = 0;
        for (int j = i; j < Math.min(flags.length, i + Surface.SHINGLE_WORDS); j++) {
            byte f = flags[j];
            boolean number = (f & Fingerprint.FLAG_NUMBER) != 0;
            boolean capital = (f & Fingerprint.FLAG_CAPITALIZED) != 0;
            anchor |= number || capital && (f & Fingerprint.FLAG_SENTENCE_START) == 0;
            plain += number || capital ? 0 : 1;
        }
        return anchor && plain >= MIN_PLAIN_WORDS;
    }
}
