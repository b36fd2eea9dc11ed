package dev.storyprint.engine.analysis;

/**
 * "No. 9" and "Nos 3" are "number 9" and "number 3": the abbreviated sign is a house-style choice.
 * Only a capitalized "No"/"Nos" followed by a number counts, so the word "no" is left alone.
 */
final class FoldNumberSign implements TokenFilter {
    static final String NUMBER = "number";
    private static final TokenBuffer.Literal NUMBER_TERM = TokenBuffer.Literal.of(NUMBER);
    private static final TokenBuffer.Literal NO = TokenBuffer.Literal.of("no");
    private static final TokenBuffer.Literal NOS = TokenBuffer.Literal.of("nos");

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        for (int i = 0; i + 1 < tokens.size; i++) {
            // the capital first: most tokens then never touch their term
            if (tokens.isCapitalized(i) && (tokens.termIs(i, NO) || tokens.termIs(i, NOS))
                    && tokens.isNumber(i + 1)) {
                tokens.setTerm(i, NUMBER_TERM);
            }
        }
        return tokens;
    }
}
