package dev.storyprint.engine.analysis;

/**
 * Flags the words inside double quotes ({@link AnalyzedTerms#QUOTED}), after {@link FoldQuotes}
 * made every double quote a '"'. A quote opened and not closed in its paragraph runs to the
 * paragraph's end, as news style continues a quote across paragraphs.
 */
final class MarkQuotedSpeech implements TokenFilter {
    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        char[] src = tokens.src;
        int t = 0;
        int from = 0;
        for (int l = 0; l < tokens.lines && t < tokens.size; l++) {
            int to = tokens.lineEnds[l];
            boolean inside = false;
            for (int c = from; c < to; c++) {
                // tokens before this char are on the side of the quote state so far
                while (t < tokens.size && tokens.start[t] < c) {
                    if (inside) {
                        tokens.setQuoted(t);
                    }
                    t++;
                }
                if (src[c] == '"') {
                    inside = !inside;
                }
            }
            while (t < tokens.size && tokens.start[t] < to) {
                if (inside) {
                    tokens.setQuoted(t);
                }
                t++;
            }
            from = to;
        }
        return tokens;
    }
}
