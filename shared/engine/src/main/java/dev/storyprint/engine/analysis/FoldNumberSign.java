package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * "No. 9" and "Nos 3" are "number 9" and "number 3": the abbreviated sign is a house-style choice.
 * Only a capitalized "No"/"Nos" followed by a number counts, so the word "no" is left alone.
 */
final class FoldNumberSign implements TokenFilter {
    static final String NUMBER = "number";

    @Override
    public List<Token> apply(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            // the capital first: most tokens then never touch their term
            if (t.isCapitalized() && (t.term().equals("no") || t.term().equals("nos")) && tokens.get(i + 1).isNumber()) {
                tokens.set(i, t.withTerm(NUMBER));
            }
        }
        return tokens;
    }
}
