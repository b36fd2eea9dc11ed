package dev.storyprint.engine.analysis;

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
        if (Lines.endsLikeSentence(line) || LineFacts.words(facts) > MAX_WORDS) {
            return line;
        }
        return null;
    }
}
