package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * Runs several {@link TermFilter}s in order over each token in a single pass (one walk, not one
 * each). The composed mapping is a pure function of the term, so it is memoized per distinct term
 * (one {@link TermMemo} per thread): news text repeats its words ("the", "said", names), and a hit
 * costs one hash probe and one compare instead of every filter's scans. A token whose term is still
 * its surface is looked up by its chars in the line, so a hit allocates nothing and every occurrence
 * shares one term String.
 */
final class TermFilters implements TokenFilter {
    private final TermFilter[] filters;
    private final ThreadLocal<TermMemo<Memo>> memo = ThreadLocal.withInitial(TermMemo::new);

    /** {@code in}'s folded term, whether that is a number, and its {@link TermHash}: computed once per term. */
    private record Memo(String out, boolean number, long hash) {}

    TermFilters(List<TermFilter> filters) {
        this.filters = filters.toArray(new TermFilter[0]);
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        TermMemo<Memo> table = memo.get();
        String[] terms = tokens.term;
        for (int i = 0, n = tokens.size; i < n; i++) {
            String term = terms[i];
            Memo m;
            if (term == null) {
                String src = tokens.src[i];
                int from = tokens.start[i];
                int to = tokens.end[i];
                m = table.get(src, from, to, tokens.surfaceHash[i]);
                if (m == null) {
                    m = compute(table, src.substring(from, to));
                }
            } else {
                m = table.get(term);
                if (m == null) {
                    m = compute(table, term);
                }
            }
            tokens.setTerm(i, m.out, m.number, m.hash);
        }
        return tokens;
    }

    /** The composed filters' term for {@code term}. */
    String fold(String term) {
        TermMemo<Memo> table = memo.get();
        Memo m = table.get(term);
        return (m == null ? compute(table, term) : m).out;
    }

    private Memo compute(TermMemo<Memo> table, String term) {
        String out = term;
        for (TermFilter f : filters) {
            out = f.term(out);
        }
        Memo m = new Memo(out, TokenBuffer.hasDigit(out, 0, out.length()), TermHash.of(out));
        table.put(term, m);
        return m;
    }
}
