package dev.storyprint.engine.analysis;

import java.util.List;

/** Removes thousands separators from numbers ("2,000" -> "2000", "$1,500" -> "$1500"). */
final class FoldDigitGroups implements TokenFilter {

    @Override
    public List<Token> apply(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.term().indexOf(',') >= 0) {
                tokens.set(i, t.withTerm(t.term().replace(",", "")));
            }
        }
        return tokens;
    }
}
