package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * Runs several {@link TermFilter}s in order over each token in a single pass (one walk, not one
 * each). The composed mapping is a pure function of the term, so it is memoized per distinct term:
 * news text repeats its words ("the", "said", names), and a hit costs one hash and one compare
 * instead of every filter's scans. A token whose term is still its surface is looked up by its chars
 * in the line, so a hit allocates nothing and every occurrence shares one term String.
 */
final class TermFilters implements TokenFilter {
    /**
     * Direct-mapped memo slots: several times the few thousand words of an article's vocabulary, so
     * that colliding words rarely evict each other; at most ~4 MB of entries.
     */
    static final int MEMO_SLOTS = 1 << 13;

    private final TermFilter[] filters;
    /**
     * Shared by every thread: entries are immutable (final fields), so a racy read sees a whole
     * entry or none, and a lost write only costs a recomputation.
     */
    private final Memo[] memo = new Memo[MEMO_SLOTS];

    /** {@code in}'s folded term, whether that is a number, and its {@link TermHash}: computed once per term. */
    private record Memo(String in, String out, boolean number, long hash) {}

    TermFilters(List<TermFilter> filters) {
        this.filters = filters.toArray(new TermFilter[0]);
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        String[] terms = tokens.term;
        for (int i = 0, n = tokens.size; i < n; i++) {
            String term = terms[i];
            Memo m = term == null ? lookup(tokens.src[i], tokens.start[i], tokens.end[i], tokens.surfaceHash[i]) : lookup(term);
            tokens.setTerm(i, m.out, m.number, m.hash);
        }
        return tokens;
    }

    /** The composed filters' term for {@code term}. */
    String fold(String term) {
        return lookup(term).out;
    }

    private Memo lookup(String term) {
        int h = term.hashCode();
        int slot = (h ^ (h >>> 16)) & (MEMO_SLOTS - 1);
        Memo m = memo[slot];
        if (m != null && m.in.equals(term)) {
            return m;
        }
        return compute(term, slot);
    }

    /** Lookup by the chars {@code s[from, to)}, whose {@link String#hashCode()} is {@code h}. */
    private Memo lookup(String s, int from, int to, int h) {
        int slot = (h ^ (h >>> 16)) & (MEMO_SLOTS - 1);
        Memo m = memo[slot];
        int len = to - from;
        if (m != null && m.in.length() == len && m.in.regionMatches(0, s, from, len)) {
            return m;
        }
        return compute(s.substring(from, to), slot);
    }

    private Memo compute(String term, int slot) {
        String out = term;
        for (TermFilter f : filters) {
            out = f.term(out);
        }
        Memo m = new Memo(term, out, TokenBuffer.hasDigit(out, 0, out.length()), TermHash.of(out));
        memo[slot] = m;
        return m;
    }
}
