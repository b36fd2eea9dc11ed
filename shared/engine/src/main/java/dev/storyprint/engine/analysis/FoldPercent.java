package dev.storyprint.engine.analysis;

/** "%", "per cent" and "percent" are one term, "percent". */
final class FoldPercent extends Triggers.TriggeredFilter implements Triggers.OnTerms {
    static final String PERCENT = "percent";
    private static final TokenBuffer.Literal PERCENT_TERM = TokenBuffer.Literal.of(PERCENT);
    private static final TokenBuffer.Literal PER = TokenBuffer.Literal.of("per");
    private static final TokenBuffer.Literal CENT = TokenBuffer.Literal.of("cent");
    private static final TokenBuffer.Literal SIGN = TokenBuffer.Literal.of("%");

    /** The {@link Triggers} test: "per" (of "per cent") and the sign. */
    @Override
    public boolean triggeredBy(String term) {
                return term.equals("per") || term.equals("%");
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        byte bit = bit();
        if (!tokens.anyMayTrigger(bit)) {
            return tokens;
        }
        int n = tokens.size;
        for (int i = 0; i < n; i++) {
            if (!tokens.mayTrigger(i, bit) || !tokens.termMayBe(i, PER, SIGN)) { // most tokens: a bit test
                continue;
            }
            if (tokens.termIs(i, PER) && i + 1 < n && tokens.termIs(i + 1, CENT)
                    && tokens.sentence[i + 1] == tokens.sentence[i]) {
                tokens.setTerm(i, PERCENT_TERM);
                tokens.drop(i + 1); // "per cent" leaves one token
                i++;
                continue;
            }
            if (tokens.termIs(i, SIGN)) {
                tokens.setTerm(i, PERCENT_TERM);
            }
        }
        tokens.compact();
        return tokens;
    }
}
