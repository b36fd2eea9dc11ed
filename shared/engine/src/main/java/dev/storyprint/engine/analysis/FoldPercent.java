package dev.storyprint.engine.analysis;

/** "%", "per cent" and "percent" are one term, "percent". */
final class FoldPercent implements TokenFilter {
    static final String PERCENT = "percent";

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        int n = tokens.size;
        int w = 0; // tokens compact in place: "per cent" leaves one
        for (int i = 0; i < n; i++) {
            String term = tokens.term(i);
            if (term.equals("per") && i + 1 < n && tokens.term(i + 1).equals("cent")
                    && tokens.sentence[i + 1] == tokens.sentence[i]) {
                tokens.move(i, w);
                tokens.setTerm(w++, PERCENT, false);
                i++;
                continue;
            }
            tokens.move(i, w);
            if (term.equals("%")) {
                tokens.setTerm(w, PERCENT, false);
            }
            w++;
        }
        tokens.size = w;
        return tokens;
    }
}
