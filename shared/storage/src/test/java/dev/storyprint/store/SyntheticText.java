package dev.storyprint.store;

import java.util.Random;

/**
 * Made-up news-like text for tests and scale runs: sentences of pseudo-words drawn from a large
 * Zipf-ish vocabulary, so unrelated articles share common words but few long phrases (as real ones).
 */
final class SyntheticText {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ver", "sun", "tal", "dor", "ne", "ri", "pa",
        "gon", "el", "is", "bra", "chu", "fen", "mo", "qui", "zan", "to", "wes", "ul", "yar", "hi"};
    /** Vocabulary size: about what a news corpus uses beyond stop words in a few thousand articles. */
    private static final int VOCABULARY = 20_000;
    private static final int SENTENCES = 24;

    private SyntheticText() {}

    static String article(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < SENTENCES; s++) {
            int words = 10 + r.nextInt(14);
            for (int w = 0; w < words; w++) {
                String word = word(zipf(r));
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                sb.append(w == words - 1 ? ". " : " ");
            }
            if (s % 4 == 3) {
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }

    /** Rank with probability ~ 1/rank: a few very common words, a long tail. */
    private static int zipf(Random r) {
        return (int) Math.floor(Math.pow(VOCABULARY, r.nextDouble())) - 1;
    }

    private static String word(int rank) {
        StringBuilder w = new StringBuilder();
        int n = rank;
        do {
            w.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return w.toString();
    }
}
