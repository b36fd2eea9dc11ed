package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.List;

/** "%", "per cent" and "percent" are one term, "percent". */
final class FoldPercent implements TokenFilter {
    static final String PERCENT = "percent";

    @Override
    public List<Token> apply(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.term().equals("per") && i + 1 < tokens.size() && tokens.get(i + 1).term().equals("cent")
                    && tokens.get(i + 1).sentence() == t.sentence()) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                out.add(t.withTerm(PERCENT));
                i++;
                continue;
            }
            Token kept = t.term().equals("%") ? t.withTerm(PERCENT) : t;
            if (out != null) {
                out.add(kept);
            } else if (kept != t) {
                tokens.set(i, kept);
            }
        }
        return out == null ? tokens : out;
    }
}
