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
    /**
     * The memo's flags for "the folded term is a number" and "... is long", beside the
     * {@link Triggers} term bits: the token flags shifted, so a hit sets both with one shift.
     */
    private static final int MEMO_SHIFT = 4;
    private static final int MEMO_NUMBER = TokenBuffer.NUMBER << MEMO_SHIFT;
    private static final int MEMO_LONG_TERM = TokenBuffer.LONG_TERM << MEMO_SHIFT;
    /** The token flags a term decides. */
    private static final int TERM_FLAGS = TokenBuffer.NUMBER | TokenBuffer.LONG_TERM;

    static {
        if ((Triggers.TERM_MASK & (MEMO_NUMBER | MEMO_LONG_TERM)) != 0 || (MEMO_NUMBER | MEMO_LONG_TERM) > 0xff) {
            throw new AssertionError("memo flag bits overlap the trigger bits or leave the byte");
        }
    }

    private final ThreadLocal<TermMemo> memo = ThreadLocal.withInitial(TermMemo::new);

    TermFilters(List<TermFilter> filters) {
        this.filters = filters.toArray(new TermFilter[0]);
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        TermMemo table = memo.get();
        Triggers triggers = tokens.triggers;
        String[] terms = tokens.term;
        char[] chars = tokens.src;
        int[] starts = tokens.start;
        int[] ends = tokens.end;
        long[] hashes = tokens.hash; // while the term is null: what the tokenizer packed
        byte[] flags = tokens.flags;
        byte[] rules = tokens.rules;
        int present = 0;
        for (int i = 0, n = tokens.size; i < n; i++) {
            String term = terms[i];
            int m;
            if (term == null) {
                int from = starts[i];
                int to = ends[i];
                m = table.find(chars, from, to, hashes[i]);
                if (m < 0) {
                    m = compute(table, new String(chars, from, to - from), triggers);
                }
            } else {
                m = table.find(term);
                if (m < 0) {
                    m = compute(table, term, triggers);
                }
            }
            if (m < 0) {
                tokens.setTerm(i, chain(term != null ? term : tokens.surface(i)));
                present |= rules[i];
                continue;
            }
            // TokenBuffer.setTerm inline, branch-free: this loop runs once per token
            int f = table.flags(m);
            terms[i] = table.term(m);
            hashes[i] = table.hash(m);
            flags[i] = (byte) (flags[i] & ~TERM_FLAGS | (f & (MEMO_NUMBER | MEMO_LONG_TERM)) >>> MEMO_SHIFT);
            int r = rules[i] & ~Triggers.TERM_MASK | f & Triggers.TERM_MASK;
            rules[i] = (byte) r;
            present |= r;
        }
        tokens.rulesPresent = present; // every token's bits were set above
        return tokens;
    }

    private String chain(String term) {
        String out = term;
        for (TermFilter f : filters) {
            out = f.term(out);
        }
        return out;
    }

    /** Memoizes the chain's term for {@code term}; -1 for a key the memo does not take (empty or huge). */
    private int compute(TermMemo table, String term, Triggers triggers) {
        if (term.isEmpty() || term.length() > TermMemo.MAX_KEY_LENGTH) {
            return -1;
        }
        String out = chain(term);
        byte flags = (byte) (triggers.ofTerm(out) | (TokenBuffer.hasDigit(out, 0, out.length()) ? MEMO_NUMBER : 0)
                | AnalyzedTerms.longTerm(out) << MEMO_SHIFT);
        return table.put(term, out, TermHash.of(out), flags);
    }
}
