package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * Drops short lines that do not end like a sentence: headlines, mastheads, section labels, bylines
 * ("Jane Doe, Reuters"), "SEE OPINION", related-link lists. Copies of one story differ mostly in such
 * furniture; the story itself is written in sentences.
 */
final class DropNonSentenceLines implements LineFilter {
    /** Headlines and labels run up to about 15 words; body paragraphs without a full stop are longer. */
    static final int MAX_WORDS = 16;

    @Override
    public List<String> apply(List<String> lines) {
        return LineFilter.each(lines, this::line);
    }

    String line(String line) {
        if (Lines.endsLikeSentence(line) || Lines.wordCount(line, MAX_WORDS) > MAX_WORDS) {
            return line;
        }
        return null;
    }
}
