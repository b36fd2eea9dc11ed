package dev.storyprint.engine.analysis;

import dev.storyprint.engine.text.Scripts;

/**
 * Drops short lines that do not end like a sentence: headlines, mastheads, section labels, bylines
 * ("Jane Doe, Reuters"), "SEE OPINION", related-link lists. Copies of one story differ mostly in such
 * furniture; the story itself is written in sentences.
 */
final class DropNonSentenceLines extends LineRule {
    /** Headlines and labels run up to about 15 words; body paragraphs without a full stop are longer. */
    static final int MAX_WORDS = 16;

    @Override
    String line(String line, long facts) {
        if (Lines.endsLikeSentence(line) || LineFacts.words(facts) > MAX_WORDS || unspacedTerms(line) > MAX_WORDS) {
            return line;
        }
        return null;
    }

    /**
     * The bigram terms of a line's unspaced-script runs ({@link Scripts}): a Chinese or Thai
     * paragraph has few or no spaces, so its length shows in these, not in space-separated words.
     * Reached only for lines the two tests before would drop: headlines, labels, bylines.
     */
    static int unspacedTerms(String line) {
        int terms = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= Scripts.FIRST_UNSPACED && Scripts.isUnspaced(line.charAt(i))) {
                int end = Scripts.runEnd(line, i);
                terms += Scripts.terms(end - i);
                i = end;
            }
        }
        return terms;
    }
}
