package dev.storyprint.engine.analysis;

/**
 * A token filter that maps each term to one term, looking at nothing else. Consecutive term filters
 * are fused into one pass over the tokens by {@link TermFilters}.
 */
interface TermFilter extends TokenFilter {
    /** The new term; the same instance when nothing changes. */
    String term(String term);

    @Override
    default TokenBuffer apply(TokenBuffer tokens) {
        return new TermFilters(java.util.List.of(this)).apply(tokens);
    }
}
