package dev.storyprint.engine.analysis;

/** "%", "per cent" and "percent" are one term, "percent". */
final class FoldPercent implements TokenFilter {
    static final String PERCENT = "percent";
    private static final TokenBuffer.Literal PERCENT_TERM = TokenBuffer.Literal.of(PERCENT);
    private static final TokenBuffer.Literal PER = TokenBuffer.Literal.of("per");
    private static final TokenBuffer.Literal CENT = TokenBuffer.Literal.of("cent");
    private static final TokenBuffer.Literal SIGN = TokenBuffer.Literal.of("%");

    /** The {@link Triggers} test: "per" (of "per cent") and the sign. */
    static boolean triggeredBy(String term) {
        // strings, not the Literals: a Literal's own trigger bits come from here during class init
        return term.equals("per") || term.equals("%");
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        if (!tokens.anyMayTrigger(Triggers.PERCENT)) {
            return tokens;
        }
        int n = tokens.size;
        for (int i = 0; i < n; i++) {
            if (!tokens.mayTrigger(i, Triggers.PERCENT) || !tokens.termMayBe(i, PER, SIGN)) { // most tokens: a bit test
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
