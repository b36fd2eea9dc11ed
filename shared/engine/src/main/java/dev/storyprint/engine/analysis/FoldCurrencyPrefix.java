package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * "US$300" is house style for "$300": the "us" prefix of a dollar amount is dropped. Other prefixes
 * ("s$408", "a$10") name other currencies and stay.
 */
final class FoldCurrencyPrefix implements TokenFilter {

    @Override
    public List<Token> apply(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.term().startsWith("us$")) {
                tokens.set(i, t.withTerm(t.term().substring(2)));
            }
        }
        return tokens;
    }
}
