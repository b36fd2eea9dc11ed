package dev.storyprint.engine.analysis;

import java.util.List;

/** Runs several {@link TermFilter}s in order over each token in a single pass (one list walk, not one each). */
final class TermFilters implements TokenFilter {
    private final TermFilter[] filters;

    TermFilters(List<TermFilter> filters) {
        this.filters = filters.toArray(new TermFilter[0]);
    }

    @Override
    public List<Token> apply(List<Token> tokens) {
        for (int i = 0, n = tokens.size(); i < n; i++) {
            Token t = tokens.get(i);
            String term = t.term();
            for (TermFilter f : filters) {
                term = f.term(term);
            }
            if (!term.equals(t.term())) {
                tokens.set(i, t.withTerm(term));
            }
        }
        return tokens;
    }
}
