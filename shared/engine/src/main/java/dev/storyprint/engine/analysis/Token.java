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
            char c = term.charAt(i);
            // ASCII first: Character.isDigit is a table lookup per char
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when the surface form starts with an upper-case letter. */
    public boolean isCapitalized() {
        if (surface.isEmpty()) {
            return false;
        }
        char c = surface.charAt(0);
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(surface.codePointAt(0));
    }

    public Token withTerm(String newTerm) {
        return new Token(newTerm, surface, sentence, sentenceStart);
    }
}
