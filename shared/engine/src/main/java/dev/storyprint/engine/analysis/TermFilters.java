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
    /** The memo's flag for "the folded term is a number", beside the {@link Triggers} term bits. */
    private static final byte MEMO_NUMBER = 0x40;

    private final ThreadLocal<TermMemo> memo = ThreadLocal.withInitial(TermMemo::new);

    TermFilters(List<TermFilter> filters) {
        this.filters = filters.toArray(new TermFilter[0]);
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        TermMemo table = memo.get();
        String[] terms = tokens.term;
        tokens.rulesPresent = 0; // every token's bits are set below
        for (int i = 0, n = tokens.size; i < n; i++) {
            String term = terms[i];
            char[] chars = tokens.chars[i];
            int m;
            if (term == null && chars != null) {
                int from = tokens.start[i];
                int to = tokens.end[i];
                m = table.find(chars, from, to, tokens.surfaceHash[i]);
                if (m < 0) {
                    m = compute(table, new String(chars, from, to - from));
                }
            } else {
                String key = term != null ? term : tokens.surface(i);
                m = table.find(key);
                if (m < 0) {
                    m = compute(table, key);
                }
            }
            byte f = table.flags(m);
            tokens.setTerm(i, table.term(m), (f & MEMO_NUMBER) != 0, table.hash(m), (byte) (f & Triggers.TERM_BITS));
        }
        return tokens;
    }

    /** The composed filters' term for {@code term}. */
    String fold(String term) {
        TermMemo table = memo.get();
        int m = table.find(term);
        return table.term(m < 0 ? compute(table, term) : m);
    }

    private int compute(TermMemo table, String term) {
        String out = term;
        for (TermFilter f : filters) {
            out = f.term(out);
        }
        byte flags = (byte) (Triggers.ofTerm(out) | (TokenBuffer.hasDigit(out, 0, out.length()) ? MEMO_NUMBER : 0));
        return table.put(term, out, TermHash.of(out), flags);
    }
}
