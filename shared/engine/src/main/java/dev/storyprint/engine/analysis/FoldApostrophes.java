package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * Drops the possessive "'s" and any inner apostrophe ("china's" -> "china", "don't" -> "dont"), so
 * a possessive rewritten as "of China" still shares the word.
 */
final class FoldApostrophes implements TokenFilter {

    @Override
    public List<Token> apply(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String term = t.term();
            if (term.indexOf('\'') < 0) {
                continue;
            }
            if (term.endsWith("'s")) {
                term = term.substring(0, term.length() - 2);
            }
            term = term.replace("'", "");
            tokens.set(i, t.withTerm(term));
        }
        return tokens;
    }
}
