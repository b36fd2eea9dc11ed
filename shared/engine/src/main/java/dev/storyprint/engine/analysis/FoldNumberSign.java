package dev.storyprint.engine.analysis;

/**
 * "No. 9" and "Nos 3" are "number 9" and "number 3": the abbreviated sign is a house-style choice.
 * Only a capitalized "No"/"Nos" followed by a number counts, so the word "no" is left alone.
 */
final class FoldNumberSign extends Triggers.TriggeredFilter implements Triggers.OnTerms {
    static final String NUMBER = "number";
    private static final TokenBuffer.Literal NUMBER_TERM = TokenBuffer.Literal.of(NUMBER);
    private static final TokenBuffer.Literal NO = TokenBuffer.Literal.of("no");
    private static final TokenBuffer.Literal NOS = TokenBuffer.Literal.of("nos");

    /** The {@link Triggers} test: only these terms can fold. */
    @Override
    public boolean triggeredBy(String term) {
                return term.equals("no") || term.equals("nos");
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        byte bit = bit();
        if (!tokens.anyMayTrigger(bit)) {
            return tokens;
        }
        for (int i = tokens.nextTrigger(0, bit); i + 1 < tokens.size; i = tokens.nextTrigger(i + 1, bit)) {
            // the trigger bit and the capital first: most tokens then never touch their term
            if (tokens.isCapitalized(i) && (tokens.termIs(i, NO) || tokens.termIs(i, NOS))
                    && tokens.isNumber(i + 1)) {
                tokens.setTerm(i, NUMBER_TERM);
            }
        }
        return tokens;
    }
}
