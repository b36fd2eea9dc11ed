package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * Runs several {@link TermFilter}s in order over each token in a single pass (one list walk, not one
 * each). The composed mapping is a pure function of the term, so it is memoized per distinct term:
 * news text repeats its words ("the", "said", names), and a hit costs one hash and one equals
 * instead of every filter's scans.
 */
final class TermFilters implements TokenFilter {
    /**
     * Direct-mapped memo slots: a few thousand covers an article's vocabulary and the common words
     * of the next ones; at most ~1 MB of entries.
     */
    static final int MEMO_SLOTS = 1 << 13;

    private final TermFilter[] filters;
    /**
     * Shared by every thread: entries are immutable (final fields), so a racy read sees a whole
     * entry or none, and a lost write only costs a recomputation.
     */
    private final Memo[] memo = new Memo[MEMO_SLOTS];

    private record Memo(String in, String out) {}

    TermFilters(List<TermFilter> filters) {
        this.filters = filters.toArray(new TermFilter[0]);
    }

    @Override
    public List<Token> apply(List<Token> tokens) {
        for (int i = 0, n = tokens.size(); i < n; i++) {
            Token t = tokens.get(i);
            String term = t.term();
            String folded = fold(term);
            if (!folded.equals(term)) {
                tokens.set(i, t.withTerm(folded));
            }
        }
        return tokens;
    }

    /** The composed filters' term for {@code term}. */
    String fold(String term) {
        int h = term.hashCode();
        int slot = (h ^ (h >>> 16)) & (MEMO_SLOTS - 1);
        Memo m = memo[slot];
        if (m != null && m.in.equals(term)) {
            return m.out;
        }
        String out = term;
        for (TermFilter f : filters) {
            out = f.term(out);
        }
        memo[slot] = new Memo(term, out);
        return out;
    }
}
