package dev.storyprint.engine.analysis;

/**
 * One normalized word of an article.
 *
 * @param term          the normalized form compared across articles (lower case, house style folded)
 * @param surface       the word as written (after character-level folding), for case and evidence
 * @param sentence      index of the sentence the token belongs to
 * @param sentenceStart true for the first word of a sentence (its capital letter says nothing)
 */
public record Token(String term, String surface, int sentence, boolean sentenceStart) {

    /** True when the term contains a digit: numbers survive spinning and house style. */
    public boolean isNumber() {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isDigit(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when the surface form starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
    }

    public Token withTerm(String newTerm) {
        return new Token(newTerm, surface, sentence, sentenceStart);
    }
}
